package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
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
	@ValueSource(strings = { "/css/tracker.css", "/js/timeline.js", "/js/nav.js", "/webjars/chart.js/dist/chart.umd.js" })
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

	@ParameterizedTest
	@ValueSource(strings = { "/css/../facilities", "/css/missing.css" })
	void theStaticChainServesNothingButAssets(String path) throws Exception {
		int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(400, 404);
	}

}
