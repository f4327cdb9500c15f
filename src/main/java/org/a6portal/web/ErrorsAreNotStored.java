package org.a6portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * First of the exception resolvers: whatever answer an exception ends in (a 4xx page, a problem document, a 500),
 * it is marked {@code no-store}, even when the validators had already declared the response public before the
 * handler failed. It resolves nothing itself; the resolvers after it write the answer.
 */
class ErrorsAreNotStored implements HandlerExceptionResolver {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!response.isCommitted()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PublicCaching.NO_STORE);
		}
		return null;
	}

}
