package org.a6portal.pagecache;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.country.CanonicalCountryUrls;
import org.a6portal.country.Country;
import org.a6portal.history.ContentRevision;
import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
import org.a6portal.record.RecordPage;
import org.a6portal.web.PublicCaching;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place every public GET gets its validators and cache headers ({@link PublicCaching}), before its handler
 * runs: pages, embeds, share images, feeds, the sitemap, the API and its CSV files alike. A route that names a
 * country ({@link CanonicalCountryUrls}) is stamped with the country's last public change, every other route with
 * the portal's, a record's own page ({@link RecordPage}) with the record's last public change (its kind's table from
 * {@link RecordKinds}). A conditional request whose validators still match gets its 304 here, before any query of the
 * handler's; otherwise the handler finds the Last-Modified in {@link PublicCaching#LAST_MODIFIED}. Nothing under
 * /admin.
 */
@Configuration(proxyBeanMethods = false)
class PublicValidators implements WebMvcConfigurer, HandlerInterceptor {

	private final ContentRevision revision;

	private final RecordKinds kinds;

	PublicValidators(ContentRevision revision, RecordKinds kinds) {
		this.revision = revision;
		this.kinds = kinds;
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
		ContentRevision.Stamp stamp = stamp(request, (HandlerMethod) handler);
		// a country page with no content change claims none (issue 12): not even the day its country row was seeded
		Instant lastModified = stamp.lastPublicChangeOr(Instant.EPOCH);
		request.setAttribute(PublicCaching.LAST_MODIFIED, lastModified);
		return !PublicCaching.notModified(new ServletWebRequest(request, response), stamp.revision(), lastModified,
				LocaleContextHolder.getLocale().getLanguage());
	}

	/** A record's page: the record's last public change; a country's: the country's; else the portal's. */
	private ContentRevision.Stamp stamp(HttpServletRequest request, HandlerMethod handler) {
		RecordKind kind = recordKind(handler);
		if (kind != null && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("slug") instanceof String slug) {
			return this.revision.record(kind.entityType(), Objects.requireNonNull(kind.publicPage()).table(), slug);
		}
		Country country = CanonicalCountryUrls.of(request);
		return (country != null) ? this.revision.country(country.getIso2()) : this.revision.portal();
	}

	/** The kind of record the handler shows one of ({@link RecordPage}), if it is a record's page. */
	private @Nullable RecordKind recordKind(HandlerMethod handler) {
		RecordPage page = handler.getMethodAnnotation(RecordPage.class);
		if (page != null) {
			return this.kinds.withPage(page.value());
		}
		return (handler.getBean() instanceof RecordPage.Handler kindHandler) ? kindHandler.kind() : null;
	}

}
