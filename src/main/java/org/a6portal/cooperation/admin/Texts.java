package org.a6portal.cooperation.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The texts content health reads.
 */
final class Texts {

	private Texts() {
	}

	static void putIfPresent(Map<String, String> texts, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			texts.put(field, value);
		}
	}

}
