package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * Redirects never take their host from the request: a client that sends {@code Host: evil.example}
 * (here over a plain socket, as no HTTP client lets a test choose it) is sent to a path on this
 * server, before and after signing in.
 */
@TrackerServerTest
class SignInRedirectIT {

	static final String HOST = "evil.example";

	@LocalServerPort
	int port;

	@Test
	void aForgedHostNeverBecomesTheRedirectTarget() throws Exception {
		String first = exchange("GET /facilities/panorama-prison?tab=counts HTTP/1.1\r\nHost: " + HOST
				+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(header(first, "Location")).isEqualTo("/login");
		String session = cookie(first);

		String login = exchange("GET /login HTTP/1.1\r\nHost: " + HOST + "\r\nCookie: JSESSIONID=" + session
				+ "\r\nConnection: close\r\n\r\n");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();

		String body = "username=" + TestAccounts.EDITOR + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		String signedIn = exchange("POST /login HTTP/1.1\r\nHost: " + HOST + "\r\nCookie: JSESSIONID=" + session
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
		String location = header(signedIn, "Location");
		System.out.println("After sign-in with Host: " + HOST + " → " + location);
		assertThat(location).startsWith("/facilities/panorama-prison?tab=counts").doesNotContain(HOST);
	}

	private String exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		Matcher header = Pattern.compile("(?im)^" + name + ": *(.*?)\r?$").matcher(response);
		return header.find() ? header.group(1) : null;
	}

	private static String cookie(String response) {
		Matcher cookie = Pattern.compile("(?im)^Set-Cookie: *JSESSIONID=([^;]+)").matcher(response);
		assertThat(cookie.find()).isTrue();
		return cookie.group(1);
	}

}
