package org.a6portal.pagecache;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.country.CanonicalCountryUrls;
import org.a6portal.country.Country;
import org.a6portal.history.ContentRevision;
import org.a6portal.web.PublicCaching;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place every public GET gets its validators and cache headers ({@link PublicCaching}), before its handler
 * runs: pages, embeds, share images, feeds, the sitemap, the API and its CSV files alike. A route that names a
 * country ({@link CanonicalCountryUrls}) is stamped with the country's last public change, every other route with
 * the portal's. A conditional request whose validators still match gets its 304 here, before any query of the
 * handler's; otherwise the handler finds the Last-Modified in {@link PublicCaching#LAST_MODIFIED}. Nothing under
 * /admin.
 */
@Configuration(proxyBeanMethods = false)
class PublicValidators implements WebMvcConfigurer, HandlerInterceptor {

	private final ContentRevision revision;

	PublicValidators(ContentRevision revision) {
		this.revision = revision;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after CanonicalCountryUrls (order 0), which finds the country
		registry.addInterceptor(this).excludePathPatterns("/admin", "/admin/**", "/error", "/error/**").order(10);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		Country country = CanonicalCountryUrls.of(request);
		ContentRevision.Stamp stamp = (country != null) ? this.revision.country(country.getIso2()) : this.revision.portal();
		// a country page with no content change claims none (issue 12): not even the day its country row was seeded
		Instant lastModified = stamp.lastPublicChangeOr(Instant.EPOCH);
		request.setAttribute(PublicCaching.LAST_MODIFIED, lastModified);
		return !PublicCaching.notModified(new ServletWebRequest(request, response), stamp.revision(), lastModified,
				LocaleContextHolder.getLocale().getLanguage());
	}

}
