package org.a6portal.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Permanent redirects to a resource's canonical URL, keeping the query string.
 */
public final class Redirects {

	private Redirects() {
	}

	/** A 301 to the path (under the context path), with the request's query string. */
	public static <T> ResponseEntity<T> permanent(String path, HttpServletRequest request) {
		String query = request.getQueryString();
		String location = request.getContextPath() + path + ((query != null) ? "?" + query : "");
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
	}

}
