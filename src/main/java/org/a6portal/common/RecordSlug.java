package org.a6portal.common;

import java.util.regex.Pattern;

/**
 * The form every record's slug takes (lower-case letters and digits in hyphen-separated words, as the schema's
 * {@code CHECK} requires). A URL whose slug cannot have this form names no record at all: a 400 that says so, not a
 * 404 that suggests the record might exist later.
 */
public final class RecordSlug {

	/** Longer than any slug the portal makes (titles are cut well before this). */
	public static final int MAX_LENGTH = 200;

	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private RecordSlug() {
	}

	/**
	 * The slug, if it has a slug's form.
	 * @throws MalformedSlugException otherwise
	 */
	public static String check(String slug) {
		if (slug.length() > MAX_LENGTH || !FORM.matcher(slug).matches()) {
			throw new MalformedSlugException(slug);
		}
		return slug;
	}

	/** A slug in the URL with characters or a length no slug has. */
	public static class MalformedSlugException extends BadRequestException {

		MalformedSlugException(String requested) {
			super("'" + abbreviate(requested) + "' cannot be a record's id: ids are lower-case letters, digits and single"
					+ " hyphens, at most " + MAX_LENGTH + " characters (as in ca-ch-pe)", abbreviate(requested));
		}

		@Override
		public String messageKey() {
			return "error.400.slug";
		}

		private static String abbreviate(String value) {
			return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
		}

	}

}
