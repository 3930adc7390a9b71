package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptAnswersTest {

	private final KeptAnswers<String, String> kept = new KeptAnswers<>(100, String::length);

	@Test
	void anAnswerIsKeptForExactlyTheVersionItWasMadeAt() {
		kept.put("a", 7, "answer");
		assertThat(kept.get("a", 7)).isEqualTo("answer");
		assertThat(kept.get("a", 8)).isNull();
		assertThat(kept.get("b", 7)).isNull();
	}

	@Test
	void anAnswerOfANewVersionDropsEveryAnswerOfAnother() {
		kept.put("a", 7, "x".repeat(10));
		kept.put("b", 7, "x".repeat(10));
		kept.put("c", 8, "x".repeat(5));
		assertThat(kept.get("a", 7)).isNull();
		assertThat(kept.get("b", 7)).isNull();
		assertThat(kept.size()).isEqualTo(5);
	}

	@Test
	void theLeastRecentlyReadGoFirstWhenTheBudgetIsSpent() {
		kept.put("a", 7, "x".repeat(20));
		kept.put("b", 7, "x".repeat(20));
		kept.put("c", 7, "x".repeat(20));
		kept.get("a", 7);
		kept.put("d", 7, "x".repeat(20));
		kept.put("e", 7, "x".repeat(20));
		kept.put("f", 7, "x".repeat(20));
		assertThat(kept.get("b", 7)).as("read least recently").isNull();
		assertThat(kept.get("a", 7)).isNotNull();
		assertThat(kept.size()).isLessThanOrEqualTo(100);
	}

	@Test
	void anAnswerLargerThanAQuarterOfTheBudgetIsNotKept() {
		kept.put("a", 7, "x".repeat(26));
		assertThat(kept.get("a", 7)).isNull();
		assertThat(kept.size()).isZero();
		kept.put("a", 7, "x".repeat(25));
		kept.put("a", 7, "y".repeat(10));
		assertThat(kept.get("a", 7)).isEqualTo("y".repeat(10));
		assertThat(kept.size()).as("a replaced answer no longer counts").isEqualTo(10);
	}

	@Test
	void aHandleLetsItsAnswerGoOnceTheAnswerIsNoLongerKept() {
		KeptAnswers.Handle<String> replaced = kept.put("a", 7, "first");
		KeptAnswers.Handle<String> evicted = kept.put("b", 7, "x".repeat(25));
		KeptAnswers.Handle<String> current = kept.put("a", 7, "second");
		assertThat(kept.read(current)).isEqualTo("second");
		assertThat(kept.read(replaced)).as("replaced").isNull();
		kept.put("c", 7, "x".repeat(25));
		kept.read(current);
		kept.put("d", 7, "x".repeat(25));
		kept.put("e", 7, "x".repeat(25));
		assertThat(kept.read(evicted)).as("read least recently, so dropped for the budget").isNull();
		assertThat(kept.read(current)).isEqualTo("second");
		kept.put("f", 8, "new");
		assertThat(kept.read(current)).as("of an older version").isNull();
		assertThat(kept.find("a", 7)).isNull();
		assertThat(kept.find("f", 8).version()).isEqualTo(8);
	}

	/** Readers take no lock: while keepers replace and evict, a reader gets an answer of its version or none. */
	@Test
	void readersBesideKeepersSeeOnlyWhatWasKeptAtTheirVersion() throws Exception {
		KeptAnswers<Integer, String> shared = new KeptAnswers<>(1_000, String::length);
		int threads = 8;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		var start = new java.util.concurrent.CountDownLatch(1);
		var wrong = new java.util.concurrent.atomic.AtomicInteger();
		var found = new java.util.concurrent.atomic.AtomicInteger();
		var keepersLeft = new java.util.concurrent.CountDownLatch(threads / 2);
		var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
		for (int t = 0; t < threads; t++) {
			boolean keeper = t % 2 == 0;
			futures.add(pool.submit(() -> {
				start.await();
				if (keeper) {
					for (int i = 0; i < 20_000; i++) {
						long version = i / 5_000;
						int key = i % 50;
						shared.put(key, version, version + ":" + key + "-".repeat(key));
					}
					keepersLeft.countDown();
					return null;
				}
				// Readers go on until every keeper is done, and read once more after: on a busy machine a
				// reader may otherwise finish before the first answer is kept and find nothing.
				boolean last;
				do {
					last = keepersLeft.getCount() == 0;
					for (int i = 0; i < 20_000; i++) {
						long version = i / 5_000;
						int key = i % 50;
						String answer = shared.get(key, version);
						if (answer != null && !answer.equals(version + ":" + key + "-".repeat(key))) {
							wrong.incrementAndGet();
						}
						if (answer != null) {
							found.incrementAndGet();
						}
					}
				}
				while (!last);
				return null;
			}));
		}
		start.countDown();
		for (var future : futures) {
			future.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(wrong).hasValue(0);
		assertThat(found.get()).as("answers read beside the keepers").isPositive();
		assertThat(shared.size()).isBetween(1L, 1_000L);
	}

}
