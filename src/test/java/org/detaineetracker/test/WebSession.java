package org.detaineetracker.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

import org.detaineetracker.test.Pages.Page;

/** A browser-like HTTP session over real HTTP: keeps cookies, signs in through the form, sends CSRF tokens. */
public final class WebSession {

	private final int port;

	private final HttpClient client;

	private WebSession(int port) {
		this.port = port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	public static WebSession signedIn(int port, String username) throws IOException, InterruptedException {
		return signedIn(port, username, TestAccounts.PASSWORD);
	}

	public static WebSession signedIn(int port, String username, String password)
			throws IOException, InterruptedException {
		WebSession session = new WebSession(port);
		Page answer = session.signIn(username, password);
		String location = answer.header("Location");
		if (answer.status() != 302 || location == null || location.contains("/login")) {
			throw new IllegalStateException("sign-in as " + username + " failed: " + answer.status() + " " + location);
		}
		return session;
	}

	/** Submits the sign-in form; the answer is a redirect, to /login?error or similar when it failed. */
	public Page signIn(String username, String password) throws IOException, InterruptedException {
		return submit("/login", Map.of("username", username, "password", password));
	}

	/** The session cookie's current value, to see it change at sign-in. */
	public String sessionId() {
		return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public Page get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public Page get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	/** Posts a form the way a browser would: with the CSRF token from the form page at {@code path}. */
	public Page submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken());
		return post(path, withToken);
	}

	/** Posts without adding a CSRF token: the caller decides what (if anything) to send. */
	public Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** The session's current CSRF token, read from the sign-in page (any page with a form would do). */
	public String csrfToken() throws IOException, InterruptedException {
		Page page = get("/login");
		return Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
	}

	public Page send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), Jsoup.parse(response.body()), response.body(),
				response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
