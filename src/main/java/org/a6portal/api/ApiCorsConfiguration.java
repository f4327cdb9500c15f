package org.a6portal.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API is public and read-only: any origin may read it from a browser. No credentials are involved.
 */
@Configuration(proxyBeanMethods = false)
class ApiCorsConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.exposedHeaders("Content-Disposition", "Location")
			.maxAge(3600);
	}

}
