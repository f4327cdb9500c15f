package org.a6portal.web;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The 503 answer while the database is unavailable: its filter runs right after the security headers and before
 * the rendered-page cache, Spring Session and Spring Security (requests only, not the forward to the page).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(JsonMapper json) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
