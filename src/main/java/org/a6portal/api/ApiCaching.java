package org.a6portal.api;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.history.ContentRevision;
import org.a6portal.web.PublicCaching;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP validators for the API and its CSV files: the ETag is the content revision with the request's query and
 * language, Last-Modified the portal's last public change. A conditional GET that still matches gets a 304 before
 * any query runs; every answer may be cached a minute and served stale while it is revalidated.
 */
@Configuration(proxyBeanMethods = false)
class ApiCaching implements WebMvcConfigurer, HandlerInterceptor {

	private final ContentRevision revision;

	ApiCaching(ContentRevision revision) {
		this.revision = revision;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/**").excludePathPatterns("/api/v1/openapi.json");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String variant = Integer.toHexString((request.getRequestURI() + "?" + request.getQueryString()).hashCode()) + "-"
				+ LocaleContextHolder.getLocale().getLanguage();
		ContentRevision.Stamp stamp = this.revision.portal();
		return !PublicCaching.notModified(new ServletWebRequest(request, response), stamp.revision(),
				stamp.lastPublicChangeOr(Instant.EPOCH), variant);
	}

}
