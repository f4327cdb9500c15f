package org.a6portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.a6portal.common.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asked search for, read from the query string: the text ({@code q}), the kind of record to list
 * alone ({@code kind}, optional) and the page of that list ({@code page}, from 1). The text is cut into words of
 * letters and digits: quotes, tsquery operators ({@code & | ! :* <->}) and other punctuation only separate words, so
 * nothing typed is ever read as query syntax.
 *
 * @param text the text as typed, trimmed
 * @param words its words, at most {@value #MAX_WORDS}
 * @param kind the kind listed alone, or null for the first results of every kind
 * @param page the page of that kind's list, from 1
 */
public record SearchQuery(String text, List<String> words, @Nullable SearchKind kind, int page) {

	static final int MAX_LENGTH = 200;

	static final int MAX_WORDS = 12;

	static final int PAGE_SIZE = 20;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	static SearchQuery parse(@Nullable String q, @Nullable String kind, @Nullable String page) {
		String text = (q != null) ? q.strip() : "";
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearchException("search.error.tooLong", text.substring(0, 40) + "…");
		}
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		SearchKind only = null;
		if (kind != null && !kind.isBlank()) {
			only = SearchKind.of(kind).orElseThrow(() -> new InvalidSearchException("search.error.kind", kind));
		}
		int number = 1;
		if (page != null && !page.isBlank()) {
			if (!page.matches("[0-9]{1,6}") || Integer.parseInt(page) < 1) {
				throw new InvalidSearchException("search.error.page", page);
			}
			number = Integer.parseInt(page);
		}
		return new SearchQuery(text, List.copyOf(words), only, number);
	}

	public boolean isEmpty() {
		return this.words.isEmpty();
	}

	/** The words as the index's query function takes them: one space between each. */
	String wordList() {
		return String.join(" ", this.words);
	}

	/**
	 * The page's own address: {@code /search} with the text, the kind and the page (page 1 left out), in that order,
	 * so one search has one address (canonical link, language links).
	 */
	String path() {
		StringBuilder path = new StringBuilder("/search");
		if (!this.text.isEmpty()) {
			path.append("?q=").append(URLEncoder.encode(this.text, StandardCharsets.UTF_8));
		}
		if (this.kind != null) {
			path.append(path.indexOf("?") < 0 ? '?' : '&').append("kind=").append(this.kind.getCode());
		}
		if (this.page > 1) {
			path.append(path.indexOf("?") < 0 ? '?' : '&').append("page=").append(this.page);
		}
		return path.toString();
	}

	int offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** Search input that cannot be searched for: a 400 page that says why. */
	static final class InvalidSearchException extends BadRequestException {

		private final String key;

		InvalidSearchException(String key, String requested) {
			super("Invalid search: " + key, requested);
			this.key = key;
		}

		@Override
		public String messageKey() {
			return this.key;
		}

	}

}
