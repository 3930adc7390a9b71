package org.detaineetracker.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Fetches a page, through MockMvc or over real HTTP, and parses it so tests assert what a reader sees. */
public final class Pages {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Pages() {
	}

	public record Page(int status, Document document, String body, String contentType,
			java.util.Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> String.join(", ", e.getValue()))
				.findFirst()
				.orElse(null);
		}

		public String text(String cssQuery) {
			return document.select(cssQuery).text();
		}

	}

	public static Page fetch(MockMvc mvc, String url) throws Exception {
		return of(mvc.perform(get(url)).andReturn().getResponse());
	}

	/** A MockMvc response as a page. */
	public static Page of(MockHttpServletResponse response) throws java.io.UnsupportedEncodingException {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		java.util.Map<String, java.util.List<String>> headers = new java.util.LinkedHashMap<>();
		response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
		return new Page(response.getStatus(), Jsoup.parse(body), body, response.getContentType(), headers);
	}

	/** A GET over real HTTP to the server on {@code port}, as a browser asking for HTML would send it. */
	public static Page fetch(int port, String path) throws IOException, InterruptedException {
		return fetch(port, path, "text/html");
	}

	public static Page fetch(int port, String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.GET()
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), Jsoup.parse(response.body()), response.body(),
				response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
	}

}
