package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bound on totals over time worked out at once, with real threads: a country's totals at a
 * million figures (875,000 reports) and another's are never read or worked out together, nothing is
 * read beside a family whose size is not known yet, and a request that waits goes ahead once the
 * one before it is done.
 */
class PopulationHistoryBoundTest {

	@Test
	void aSecondFamilyWaitsForTheFirstAndIsLetInWhenItIsDone() throws Exception {
		PopulationHistory history = new PopulationHistory(null, null, null, Duration.ofSeconds(2));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch leave = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch reading = new CountDownLatch(1);
			CountDownLatch read = new CountDownLatch(1);
			Future<String> first = threads.submit(() -> {
				try (PopulationHistory.Admission admission = history.admit()) {
					reading.countDown();
					await(read);
					admission.keep(875_000);
					inside.countDown();
					await(leave);
					return "first country";
				}
			});
			assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
			assertThatThrownBy(() -> weighed(history, 40_000, "a holder while a country is read"))
				.as("nothing is read beside a family whose size is not known yet")
				.isInstanceOf(ResponseStatusException.class);
			read.countDown();
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

			assertThatThrownBy(() -> weighed(history, 875_000, "second country"))
				.isInstanceOfSatisfying(ResponseStatusException.class, e -> {
					assertThat(e.getStatusCode().value()).isEqualTo(503);
					assertThat(e.getReason()).contains("try again in a moment");
				});
			Future<String> waiting = threads.submit(() -> weighed(history, 875_000, "third country"));
			leave.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first country");
			assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("third country");
			assertThat(weighed(history, PopulationHistory.REPORTS_AT_ONCE * 3, "larger than the bound"))
				.as("a family larger than the bound runs alone, never refused for its size")
				.isEqualTo("larger than the bound");
			assertThat(weighed(history, 40_000, "a holder at seed scale")).isEqualTo("a holder at seed scale");
		}
		finally {
			leave.countDown();
			threads.shutdownNow();
		}
	}

	/** A request that reads {@code reports} and answers {@code answer}. */
	private static String weighed(PopulationHistory history, int reports, String answer) {
		try (PopulationHistory.Admission admission = history.admit()) {
			admission.keep(reports);
			return answer;
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
