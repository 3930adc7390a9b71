package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

	@Test
	void sixteenReadersOfANewVersionShareOneComputation() throws Exception {
		VersionedCache<String, String> cache = new VersionedCache<>(4);
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return cache.get("now", 7, () -> {
						computed.incrementAndGet();
						sleep(200);
						return "picture at 7";
					});
				}));
			}
			start.countDown();
			for (Future<String> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("picture at 7");
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(computed).hasValue(1);
	}

	@Test
	void aNewVersionIsWorkedOutAgain() {
		VersionedCache<String, String> cache = new VersionedCache<>(4);
		assertThat(cache.get("now", 1, () -> "one")).isEqualTo("one");
		assertThat(cache.get("now", 1, () -> "again")).isEqualTo("one");
		assertThat(cache.get("now", 2, () -> "two")).isEqualTo("two");
		assertThat(cache.peek("now", 2)).isEqualTo("two");
		assertThat(cache.peek("now", 1)).isNull();
		// A reader of another version (one that read before the write) gets that version's answer.
		assertThat(cache.get("now", 1, () -> "one, late")).isEqualTo("one, late");
	}

	@Test
	void keepsAFewKeysAndDropsThemAllWhenFull() {
		VersionedCache<Integer, String> cache = new VersionedCache<>(2);
		cache.get(1, 1, () -> "a");
		cache.get(2, 1, () -> "b");
		cache.get(3, 1, () -> "c");
		assertThat(cache.peek(1, 1)).isNull();
		assertThat(cache.peek(3, 1)).isEqualTo("c");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
