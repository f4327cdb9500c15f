package org.a6portal.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * Signs in to a running portal over real HTTP, as a browser would (session cookie, CSRF token from the form), with
 * an {@code X-Forwarded-For} header of the caller's choosing.
 */
class SignInClient {

	private final String base;

	SignInClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Signs in with a wrong password; returns the status of the answer to the POST. */
	int failSignIn(String email, String forwardedFor) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(this.base + "/admin/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		// the session cookie is Secure, which Java's cookie store keeps from plain http://127.0.0.1 (browsers do not)
		String session = form.headers().allValues("Set-Cookie").stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.collect(Collectors.joining("; "));
		String csrf = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=wrong-password&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpRequest post = HttpRequest.newBuilder(URI.create(this.base + "/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", forwardedFor)
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
