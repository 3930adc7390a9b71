package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Once ready, the application trims the C library's heap on a timer of its own, through the JVM's own
 * diagnostic command, and stops when the context closes. The command trims on Linux with glibc (the
 * machines CI and the container image run on); elsewhere the application finds it cannot and stops.
 */
class NativeHeapTrimTest {

	@Test
	@EnabledOnOs(OS.LINUX)
	void theJvmsCommandTrimsAndSaysHowMuch() {
		NativeHeapTrim.Trimmed trimmed = NativeHeapTrim.trim().orElseThrow();

		assertThat(trimmed.resident()).matches("\\d+[BKMG]->\\d+[BKMG] \\([-+]\\d+[BKMG]\\)");
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void readinessStartsATimerThatTrimsAgainAndAgainUntilTheContextCloses() throws InterruptedException {
		NativeHeapTrim trim = new NativeHeapTrim(Duration.ofMillis(20));
		trim.start();
		Waiting.until(() -> trim.trims() >= 3);
		assertThat(trim.trims()).isGreaterThanOrEqualTo(3);
		assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("native-heap-trim"))
			.isNotEmpty()
			.allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());

		trim.destroy();
		Waiting.until(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("native-heap-trim")));
		long after = trim.trims();
		Thread.sleep(200);

		assertThat(trim.trims()).as("no trim once the context closed").isEqualTo(after);
	}

	@Test
	void anIntervalOfZeroTurnsItOff() throws InterruptedException {
		NativeHeapTrim trim = new NativeHeapTrim(Duration.ZERO);
		trim.start();
		Thread.sleep(200);

		assertThat(trim.trims()).isZero();
		trim.destroy();
	}

	@Test
	void theLogSaysTheIntervalAsPeopleWriteIt() {
		assertThat(NativeHeapTrim.readable(Duration.ofSeconds(10))).isEqualTo("10 s");
		assertThat(NativeHeapTrim.readable(Duration.ofMillis(1500))).isEqualTo("1500 ms");
	}

}
