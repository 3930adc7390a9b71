package org.detaineetracker.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

import org.detaineetracker.test.TestAccounts;

/** An admin signed in over real HTTP, reading exports as streams the way a slow client would. */
final class AdminClient {

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private AdminClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	static AdminClient signIn(int port) throws IOException, InterruptedException {
		AdminClient client = new AdminClient(port);
		String login = client.http.send(HttpRequest.newBuilder(client.uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
		String form = java.util.Map.of("username", TestAccounts.ADMIN, "password", TestAccounts.PASSWORD, "_csrf", token)
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> signedIn = client.http.send(HttpRequest.newBuilder(client.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("admin sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		return client;
	}

	/** The response as it arrives: the caller reads (or stops reading) at its own pace. */
	HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	/** The session cookie, for a raw socket that must look signed in. */
	String sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::toString)
			.findFirst()
			.orElseThrow();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
