package org.a6portal.web;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a6portal.common.ControlCharacters;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Control and text-direction characters stop at the edge (see {@link ControlCharacters}). A link or search
 * ({@code GET}) that carries one is refused with a 400 page in the visitor's language; a form ({@code POST}) has
 * them removed as it is bound (registered in {@link WebConfiguration}), so nothing else an editor typed is lost (the record editors also say so, and ask
 * for another look before saving).
 */
@ControllerAdvice
class ControlCharacterGuard implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
			ControlCharacters.firstParameterWithAny(asSent(request).getParameterMap()).ifPresent((parameter) -> {
				throw new ControlCharacterException(parameter);
			});
		}
		return true;
	}

	/**
	 * The request as it arrived, beneath any wrapper: the page cache notes which parameters a page reads (those are
	 * what it caches the page on), and this look at every parameter is not the page reading them.
	 */
	private static ServletRequest asSent(ServletRequest request) {
		ServletRequest sent = request;
		while (sent instanceof ServletRequestWrapper wrapper) {
			sent = wrapper.getRequest();
		}
		return sent;
	}

	@InitBinder
	void stripControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StrippingEditor());
	}

	/** Binds text as sent, less its forbidden characters. */
	static final class StrippingEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(ControlCharacters.strip(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
