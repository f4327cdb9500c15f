package org.a6portal.web;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Language selection, the security headers every response carries (Tomcat's own error answers included), error
 * answers that are never stored, and the guard against control characters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ControlCharacterGuard controlCharacterGuard;

	WebConfiguration(ControlCharacterGuard controlCharacterGuard) {
		this.controlCharacterGuard = controlCharacterGuard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.controlCharacterGuard);
	}

	/**
	 * Pages are HTML whatever the URL ends with: without this, an error page for {@code /…/changes.atom} would be sent
	 * with Thymeleaf's guess from the extension.
	 */
	@Bean
	static BeanPostProcessor htmlViewsStayHtml() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}

		};
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** After Spring Boot's own customizer, which puts a plain error report valve on the host: this one replaces it. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectorErrorHeaders() {
		return new OrderedCustomizer();
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.addFirst(new ErrorsAreNotStored());
	}

	private static final class OrderedCustomizer
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				org.apache.catalina.Pipeline host = context.getParent().getPipeline();
				for (Valve valve : host.getValves()) {
					if (ConnectorErrorHeaders.isOtherErrorReport(valve)) {
						host.removeValve(valve);
					}
				}
				host.addValve(new ConnectorErrorHeaders());
				if (context.getParent() instanceof StandardHost standardHost) {
					// else the host adds a plain one when it starts
					standardHost.setErrorReportValveClass(ConnectorErrorHeaders.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
