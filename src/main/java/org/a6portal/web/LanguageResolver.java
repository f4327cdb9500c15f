package org.a6portal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language comes from the URL ({@code ?lang=es}) or else the browser's Accept-Language, never from a
 * session, so that a page and its language are one cacheable, linkable URL.
 */
public class LanguageResolver implements LocaleResolver {

	/** The languages the portal's message bundles cover; the first is the default. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH);

	public static final String PARAMETER = "lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale requested = supported(request.getParameter(PARAMETER));
		if (requested != null) {
			return requested;
		}
		String header = request.getHeader("Accept-Language");
		if (header != null) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header is no reason to fail the page: fall back to the default
			}
		}
		return SUPPORTED.getFirst();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by URL or Accept-Language, not stored");
	}

	static @Nullable Locale supported(@Nullable String tag) {
		if (tag == null) {
			return null;
		}
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equalsIgnoreCase(tag)).findFirst().orElse(null);
	}

}
