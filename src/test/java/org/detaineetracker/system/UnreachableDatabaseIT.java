package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.detaineetracker.TrackerApplication;

/** A configured database that cannot be reached stops the start with one message that says what to do. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseIT {

	@Test
	void startStopsWithOneClearMessage(CapturedOutput output) throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/tracker";
		long started = System.nanoTime();
		assertThatThrownBy(() -> SpringApplication.run(TrackerApplication.class, "--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=tracker"))
			.isNotNull();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Start against an unreachable database stopped after " + millis + " ms");

		assertThat(output.getOut()).contains("Could not connect to the PostgreSQL database at " + url)
			.contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
			.contains("APPLICATION FAILED TO START");
	}

}
