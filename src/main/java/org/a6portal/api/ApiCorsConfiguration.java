package org.a6portal.api;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API is public and read-only: any origin may read it from a browser. No credentials are involved. The CORS
 * headers are added by a filter in front of the page cache, on the way out of every answer, cached or not, so the
 * cache never stores them: whoever filled it, the next cross-origin reader gets its
 * {@code Access-Control-Allow-Origin}. Every API answer varies by {@code Origin} (the filter says so), so a shared
 * cache keeps answers with and without the header apart.
 */
@Configuration(proxyBeanMethods = false)
class ApiCorsConfiguration {

	/** Between the security headers ({@code HIGHEST_PRECEDENCE}) and the page cache ({@code + 10}). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	@Bean
	FilterRegistrationBean<CorsFilter> apiCorsFilter() {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(List.of("*"));
		api.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		api.setAllowedHeaders(List.of("*"));
		api.setExposedHeaders(List.of("Content-Disposition", "Location"));
		api.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(ORDER);
		return registration;
	}

}
