package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;

import org.detaineetracker.test.TrackerServerTest;

/** The running connector writes 64 KB at a time, and a file several times that size still arrives whole. */
@TrackerServerTest
class SocketWriteBufferServerTest {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theConnectorWritesSixtyFourKilobytesAtATime() {
		assertThat(connector().getProperty(SocketWriteBuffer.PROPERTY)).isEqualTo("65536");
	}

	/** Buffers are held from accept: 1,000 connections at about 74 KB each, not Tomcat's 8,192 (600 MB). */
	@Test
	void fewerConnectionsAreOpenAtOnceThanTomcatWouldAllow() {
		assertThat(connector().getProperty("maxConnections")).isEqualTo(1000);
	}

	@Test
	void aResponseOfSeveralBuffersArrivesByteForByte() throws Exception {
		Resource[] found = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:META-INF/resources/webjars/chart.js/*/dist/chart.umd.js");
		assertThat(found).hasSize(1);
		byte[] expected = found[0].getContentAsByteArray();
		assertThat(expected.length).as("the file spans several writes").isGreaterThan(3 * 65536);

		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webjars/chart.js/dist/chart.umd.js"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(expected);
	}

	@Test
	void aSizeOutsideReasonIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SocketWriteBuffer(DataSize.ofBytes(10)))
			.withMessageContaining("between 1KB and 16MB");
		assertThatIllegalArgumentException().isThrownBy(() -> new SocketWriteBuffer(DataSize.ofGigabytes(1)));
	}

	private Connector connector() {
		return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
	}

}
