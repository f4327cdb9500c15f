package org.a6portal.admin;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Admin pages render records and their collections straight from the entities, so they keep the persistence
 * context open for the request (public pages do not: they render read models built in a fixed number of statements).
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	private final EntityManagerFactory entityManagerFactory;

	AdminWebConfiguration(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		OpenEntityManagerInViewInterceptor interceptor = new OpenEntityManagerInViewInterceptor();
		interceptor.setEntityManagerFactory(this.entityManagerFactory);
		registry.addWebRequestInterceptor(interceptor).addPathPatterns("/admin/**");
	}

}
