package org.a6portal.importer;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import pages' upload limit, checked before Spring Security reads the upload (see {@link UploadLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
		registration.addUrlPatterns("/admin/import/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
