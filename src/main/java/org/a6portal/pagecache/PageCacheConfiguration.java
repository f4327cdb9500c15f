package org.a6portal.pagecache;

import org.a6portal.web.PortalAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The rendered-page cache sits right after the security headers and the API's CORS filter and before Spring Security, so a cached page costs
 * neither a security chain nor a controller. {@code portal.page-cache.enabled=false} switches it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<RenderedPageCache> renderedPageCache(CurrentRevision revision, PortalAddress address,
			@Value("${portal.page-cache.enabled:true}") boolean enabled,
			@Value("${portal.page-cache.maximum-megabytes:64}") long maximumMegabytes) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(
				new RenderedPageCache(revision, address, maximumMegabytes * 1024 * 1024));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setEnabled(enabled);
		return registration;
	}

}
