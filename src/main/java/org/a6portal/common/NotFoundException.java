package org.a6portal.common;

import java.util.Map;

/**
 * Nothing public answers to the URL: shown as a 404 page. Subclasses name what was missing and can offer a page of
 * their own (say, close matches) through {@link #viewName()} and {@link #model()}.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

	public String viewName() {
		return "error/404";
	}

	public Map<String, Object> model() {
		return Map.of();
	}

}
