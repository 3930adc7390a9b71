package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.TrackerTest;

/** Static assets pass no session or sign-in work, may be kept by browsers, and carry the security headers. */
@TrackerTest
class StaticAssetsTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/css/tracker.css", "/js/timeline.js", "/js/nav.js", "/webjars/chart.js/dist/chart.umd.js",
			"/favicon.ico" })
	void aStaticAssetIsServedWithoutASessionAndWithTheSecurityHeaders(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		MockHttpServletResponse response = result.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(response.getHeader("Cache-Control")).contains("max-age=3600");
		assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	/**
	 * Served from memory after the first request (ResourcesInMemory), an asset is still the file in
	 * the jar, byte for byte, with its media type and modification time, and answers a conditional
	 * or a range request as the resource handler does.
	 */
	@ParameterizedTest
	@CsvSource({ "/css/tracker.css, static/css/tracker.css", "/js/map.js, static/js/map.js",
			"/geo/countries-110m.json, static/geo/countries-110m.json", "/favicon.ico, static/favicon.ico",
			"/webjars/leaflet/dist/leaflet.css, META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.css" })
	void anAssetKeptInMemoryIsTheFileInTheJar(String path, String location) throws Exception {
		byte[] file = new ClassPathResource(location).getContentAsByteArray();
		for (int request = 0; request < 2; request++) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsByteArray()).isEqualTo(file);
			assertThat(response.getContentLength()).isEqualTo(file.length);
			assertThat(response.getContentType()).startsWith(path.endsWith(".css") ? "text/css"
					: path.endsWith(".js") ? "text/javascript" : path.endsWith(".ico") ? "image/x-icon" : "application/json");
			String lastModified = response.getHeader("Last-Modified");
			assertThat(lastModified).isNotBlank();
			assertThat(mvc.perform(get(path).header("If-Modified-Since", lastModified)).andReturn().getResponse().getStatus())
				.isEqualTo(304);
		}
		MockHttpServletResponse range = mvc.perform(get(path).header("Range", "bytes=0-9")).andReturn().getResponse();
		assertThat(range.getStatus()).isEqualTo(206);
		assertThat(range.getContentAsByteArray()).isEqualTo(java.util.Arrays.copyOf(file, 10));
	}

	/**
	 * A browser that accepts gzip gets the kept gzip copy of a text asset: the same bytes once
	 * inflated, the same media type and modification time, marked so that caches keep the two apart.
	 * One that does not, or one that asks for a script too small to gain, gets the file as it is.
	 */
	@ParameterizedTest
	@CsvSource({ "/css/tracker.css, static/css/tracker.css", "/js/timeline.js, static/js/timeline.js",
			"/geo/countries-110m.json, static/geo/countries-110m.json",
			"/webjars/leaflet/dist/leaflet.js, META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js" })
	void aBrowserThatAcceptsGzipGetsTheAssetCompressed(String path, String location) throws Exception {
		byte[] file = new ClassPathResource(location).getContentAsByteArray();
		for (int request = 0; request < 2; request++) {
			MockHttpServletResponse response = mvc.perform(get(path).header("Accept-Encoding", "gzip, deflate, br, zstd"))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
			assertThat(response.getHeaders("Vary")).contains("Accept-Encoding");
			assertThat(response.getContentType()).startsWith(path.endsWith(".css") ? "text/css"
					: path.endsWith(".js") ? "text/javascript" : "application/json");
			assertThat(response.getContentLength()).isLessThan(file.length / 2);
			try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
				assertThat(in.readAllBytes()).isEqualTo(file);
			}
			String lastModified = response.getHeader("Last-Modified");
			assertThat(lastModified).isEqualTo(mvc.perform(get(path)).andReturn().getResponse().getHeader("Last-Modified"));
			assertThat(mvc.perform(get(path).header("Accept-Encoding", "gzip").header("If-Modified-Since", lastModified))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(304);
		}
		MockHttpServletResponse plain = mvc.perform(get(path).header("Accept-Encoding", "identity")).andReturn().getResponse();
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsByteArray()).isEqualTo(file);
	}

	@org.junit.jupiter.api.Test
	void aScriptTooSmallToGainIsServedAsItIs() throws Exception {
		byte[] file = new ClassPathResource("static/js/nav.js").getContentAsByteArray();
		assertThat(file.length).isLessThan(ResourcesInMemory.MIN_COMPRESSED_SIZE);
		MockHttpServletResponse response = mvc.perform(get("/js/nav.js").header("Accept-Encoding", "gzip")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsByteArray()).isEqualTo(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/../facilities", "/css/missing.css" })
	void theStaticChainServesNothingButAssets(String path) throws Exception {
		int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(400, 404);
	}

	/** Besides the assets, a visitor may ask only for the sign-in form and the health of the service. */
	@ParameterizedTest
	@ValueSource(strings = { "/login", "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" })
	void theSignInFormAndTheHealthAnswerAVisitor(String path) throws Exception {
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/healthy", "/actuator/info", "/facilities", "/loginx" })
	void nothingElseAnswersAVisitor(String path) throws Exception {
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isIn(302, 401, 403, 404);
	}

}
