package org.a6portal.country;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.country.CountryResolver.ResolvedCountry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one canonical-URL rule of every public route that names a country with a {@code {code}} path variable (the
 * profile, its embeds, feed and share image, the API's country and its CSV): the country may be named by its
 * alpha-2 code in any case, its alpha-3 code, its name slug or a former slug, and anything but the lower-case alpha-2
 * code is answered with a 301 to the same route with that code, keeping the query string. Handlers then take the
 * resolved {@link Country} as a method parameter, without resolving it again. Admin routes resolve their own.
 */
@Configuration(proxyBeanMethods = false)
public class CanonicalCountryUrls implements WebMvcConfigurer, HandlerInterceptor, HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = CanonicalCountryUrls.class.getName() + ".country";

	private static final String VARIABLE = "code";

	private final CountryResolver resolver;

	CanonicalCountryUrls(CountryResolver resolver) {
		this.resolver = resolver;
	}

	/** The country the request's route names at its canonical URL, or {@code null} if the route names none. */
	public static @Nullable Country of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Country country) ? country : null;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// first: the page's validators (pagecache) are the country's
		registry.addInterceptor(this).excludePathPatterns("/admin", "/admin/**").order(0);
	}

	@Override
	public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String code = variables(request).get(VARIABLE);
		if (!(handler instanceof HandlerMethod) || code == null) {
			return true;
		}
		ResolvedCountry resolved = this.resolver.resolve(code);
		if (resolved.canonical()) {
			request.setAttribute(ATTRIBUTE, resolved.country());
			return true;
		}
		Map<String, String> canonical = new HashMap<>(variables(request));
		canonical.put(VARIABLE, resolved.country().getCode());
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		String query = request.getQueryString();
		String location = request.getContextPath()
				+ UriComponentsBuilder.fromPath(pattern).buildAndExpand(canonical).encode().toUriString()
				+ ((query != null) ? "?" + query : "");
		response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
		response.setHeader(HttpHeaders.LOCATION, location);
		return false;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Country.class;
	}

	@Override
	public Country resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Object country = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (country instanceof Country resolved) {
			return resolved;
		}
		String code = variables(request.getNativeRequest(HttpServletRequest.class)).get(VARIABLE);
		if (code == null) {
			throw new IllegalStateException("A Country parameter needs a {code} path variable: " + parameter);
		}
		return this.resolver.resolve(code).country();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> variables(@Nullable HttpServletRequest request) {
		Object variables = (request != null) ? request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) : null;
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
