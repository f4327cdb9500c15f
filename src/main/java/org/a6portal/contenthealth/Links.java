package org.a6portal.contenthealth;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges URLs by their form alone, never by fetching them, and finds the URLs written inside texts.
 */
final class Links {

	/** A Markdown inline link or image target, allowing one level of balanced parentheses as CommonMark does. */
	private static final Pattern MARKDOWN_TARGET = Pattern.compile("]\\(((?:[^()\\n]|\\([^()\\n]*\\))*)\\)");

	/** A target followed by a link title: {@code url "title"}, {@code url 'title'} or {@code url (title)}. */
	private static final Pattern TARGET_WITH_TITLE = Pattern.compile("(\\S+)\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\))");

	private static final Pattern BARE_URL = Pattern.compile("(?<![\\p{L}\\p{N}_/])https?://[^\\s<>\"`]+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRAILING_PROSE = Pattern.compile("[.,;:!?'*_]+$");

	private static final Pattern WHITESPACE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

	/** Reserved for testing and documentation, or never resolvable on the public internet (RFC 2606, RFC 6762). */
	private static final List<String> RESERVED_SUFFIXES = List.of(".local", ".test", ".example", ".invalid",
			".localhost");

	private static final List<String> EXAMPLE_DOMAINS = List.of("example.com", "example.org", "example.net");

	/** Hosts people type when they do not yet know the real address. */
	private static final Set<String> PLACEHOLDER_HOSTS = Set.of("domain.com", "yourdomain.com", "mydomain.com",
			"website.com", "yourwebsite.com", "mywebsite.com", "yoursite.com", "mysite.com", "url.com", "yoururl.com",
			"link.com", "test.com", "sample.com", "foo.com", "bar.com", "foobar.com");

	private static final Pattern PLACEHOLDER_LABEL = Pattern.compile("x{2,}");

	private Links() {
	}

	/** What a URL's form says about it. */
	enum Verdict {

		/** An absolute http(s) URL with a proper host that could be reachable. */
		SOUND,

		/** Not an absolute http(s) URL with a proper host. */
		MALFORMED,

		/** Well-formed, but pointing at a local, private, reserved or placeholder host. */
		SUSPICIOUS

	}

	/**
	 * A URL written inside a text, and where it is.
	 *
	 * @param url the URL as written
	 * @param start where it starts in the text
	 * @param end where it ends in the text (exclusive)
	 * @param markdownTarget whether it is the target of a Markdown link, which may be relative or a mailto: link
	 */
	record InText(String url, int start, int end, boolean markdownTarget) {

		/** Whether the target deliberately is no web address: an e-mail or telephone link or an anchor on the page. */
		boolean isNonWebTarget() {
			String url = this.url.toLowerCase(Locale.ROOT);
			return this.markdownTarget && (url.startsWith("mailto:") || url.startsWith("tel:") || url.startsWith("#"));
		}

	}

	/** Judges a URL by its form. */
	static Verdict judge(String url) {
		String value = url.strip();
		if (value.isEmpty() || WHITESPACE.matcher(value).find()) {
			return Verdict.MALFORMED;
		}
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			return Verdict.MALFORMED;
		}
		String scheme = uri.getScheme();
		String host = uri.getHost();
		if (scheme == null || host == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
			return Verdict.MALFORMED;
		}
		host = host.toLowerCase(Locale.ROOT);
		if (!(isDottedName(host) || host.equals("localhost") || isIpv6Literal(host))) {
			return Verdict.MALFORMED;
		}
		return isSuspicious(scheme.toLowerCase(Locale.ROOT), host) ? Verdict.SUSPICIOUS : Verdict.SOUND;
	}

	/** The Markdown link targets and bare http(s) URLs in a text, in order of appearance. */
	static List<InText> in(String text) {
		List<InText> found = new ArrayList<>();
		Matcher target = MARKDOWN_TARGET.matcher(text);
		while (target.find()) {
			found.add(new InText(destination(target.group(1)), target.start(1), target.end(1), true));
		}
		Matcher bare = BARE_URL.matcher(text);
		while (bare.find()) {
			if (found.stream().noneMatch((link) -> link.markdownTarget() && link.start() <= bare.start()
					&& bare.start() < link.end())) {
				String url = withoutTrailingProse(bare.group());
				found.add(new InText(url, bare.start(), bare.start() + url.length(), false));
			}
		}
		found.sort((first, second) -> Integer.compare(first.start(), second.start()));
		return found;
	}

	private static String destination(String target) {
		String destination = target.strip();
		if (destination.startsWith("<") && destination.indexOf('>') > 0) {
			return destination.substring(1, destination.indexOf('>'));
		}
		Matcher withTitle = TARGET_WITH_TITLE.matcher(destination);
		return withTitle.matches() ? withTitle.group(1) : destination;
	}

	/** Drops the sentence punctuation or emphasis that follows a URL in prose, and an unbalanced closing bracket. */
	private static String withoutTrailingProse(String url) {
		String trimmed = url;
		while (true) {
			String shorter = TRAILING_PROSE.matcher(trimmed).replaceFirst("");
			if (shorter.endsWith(")") && count(shorter, '(') < count(shorter, ')')) {
				shorter = shorter.substring(0, shorter.length() - 1);
			}
			if (shorter.endsWith("]")) {
				shorter = shorter.substring(0, shorter.length() - 1);
			}
			if (shorter.equals(trimmed)) {
				return trimmed;
			}
			trimmed = shorter;
		}
	}

	private static long count(String text, char character) {
		return text.chars().filter((each) -> each == character).count();
	}

	private static boolean isDottedName(String host) {
		return host.indexOf('.') > 0 && !host.contains("..");
	}

	private static boolean isIpv6Literal(String host) {
		return host.startsWith("[") && host.endsWith("]");
	}

	private static boolean isSuspicious(String scheme, String host) {
		String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		if (name.equals("localhost") || RESERVED_SUFFIXES.stream().anyMatch(name::endsWith)) {
			return true;
		}
		if (EXAMPLE_DOMAINS.stream().anyMatch((domain) -> name.equals(domain) || name.endsWith("." + domain))) {
			return true;
		}
		if (isLocalAddress(name)) {
			return true;
		}
		return scheme.equals("http") && isPlaceholderHost(name);
	}

	/** Loopback (127/8, ::1) or private IPv4 (10/8, 172.16/12, 192.168/16); literals only, so nothing is looked up. */
	private static boolean isLocalAddress(String host) {
		boolean ipv6 = isIpv6Literal(host);
		if (!ipv6 && !IPV4.matcher(host).matches()) {
			return false;
		}
		try {
			InetAddress address = InetAddress.ofLiteral(ipv6 ? host.substring(1, host.length() - 1) : host);
			return address.isLoopbackAddress() || (!ipv6 && address.isSiteLocalAddress());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isPlaceholderHost(String host) {
		String name = host.startsWith("www.") ? host.substring(4) : host;
		String firstLabel = (name.indexOf('.') < 0) ? name : name.substring(0, name.indexOf('.'));
		return PLACEHOLDER_HOSTS.contains(name) || PLACEHOLDER_LABEL.matcher(firstLabel).matches();
	}

}
