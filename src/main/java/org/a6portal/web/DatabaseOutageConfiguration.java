package org.a6portal.web;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
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

	/** The pool, so that a request waits for a connection once at most ({@link FailFastDataSource}). */
	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)) ? new FailFastDataSource(pool)
						: bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(JsonMapper json) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
