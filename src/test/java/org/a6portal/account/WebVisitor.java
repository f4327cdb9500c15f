package org.a6portal.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One visitor of the running portal over real HTTP, with its own cookies (sent back over http:// whatever their
 * Secure flag, as browsers do for localhost) and no redirects followed. Safe to share between threads.
 */
final class WebVisitor {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	WebVisitor(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts the form fields with the CSRF token of the page at {@code formPage}. */
	HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken(formPage));
		return post(path, form);
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet().stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	String csrfToken(String formPage) {
		HttpResponse<String> page = get(formPage);
		assertThat(page.statusCode()).as(formPage).isEqualTo(200);
		return Jsoup.parse(page.body()).select("input[name=_csrf]").first().val();
	}

	void signIn(String email, String password) {
		HttpResponse<String> signedIn = post("/admin/login", "/admin/login", Map.of("email", email, "password", password));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	boolean hasCookie(String name) {
		return this.cookies.containsKey(name);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue())
				.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
