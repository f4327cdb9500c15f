package org.a6portal.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A query parameter of an API request holds a value the API cannot use: answered with a 400 problem that names the
 * parameter and what it accepts.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final @Nullable String value;

	private final List<String> allowedValues;

	/**
	 * @param parameter the query parameter
	 * @param value what the request sent
	 * @param detail a sentence saying what is wrong and what the parameter accepts
	 * @param allowedValues the codes the parameter accepts, where it accepts a fixed list
	 */
	public InvalidParameterException(String parameter, @Nullable String value, String detail, List<String> allowedValues) {
		super(detail);
		this.parameter = parameter;
		this.value = value;
		this.allowedValues = List.copyOf(allowedValues);
	}

	public InvalidParameterException(String parameter, @Nullable String value, String detail) {
		this(parameter, value, detail, List.of());
	}

	public String getParameter() {
		return this.parameter;
	}

	public @Nullable String getValue() {
		return this.value;
	}

	public List<String> getAllowedValues() {
		return this.allowedValues;
	}

}
