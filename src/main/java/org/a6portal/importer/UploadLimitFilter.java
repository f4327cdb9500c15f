package org.a6portal.importer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the multipart limits ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-http-form-post-size})
 * is sent back to the import page, which says how large a file may be. Without this, the first filter to read a
 * parameter (Spring Security's CSRF check) meets Tomcat's size error, and the editor gets Tomcat's own 413 page.
 * The parts are read here, before that filter, as it would read them anyway.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = "/admin/import?tooLarge";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.POST.matches(request.getMethod()) && request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			try {
				request.getParameterMap();
			}
			catch (RuntimeException ex) {
				if (!tooLarge(ex)) {
					throw ex;
				}
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", request.getContextPath() + TOO_LARGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Tomcat's size errors: a 413 parameter failure, or a file-upload size exception anywhere in the causes. */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException invalid
					&& invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				return true;
			}
			if (cause instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException) {
				return true;
			}
		}
		return false;
	}

}
