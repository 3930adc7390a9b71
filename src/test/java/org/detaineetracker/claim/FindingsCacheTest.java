package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.detaineetracker.claim.reading.Findings;

class FindingsCacheTest {

	@Test
	void aTextIsReadOnceWhileItIsKept() {
		FindingsCache cache = new FindingsCache(1_000);
		AtomicInteger reads = new AtomicInteger();
		Findings first = cache.get("a", () -> read(reads, "text a"));
		Findings again = cache.get("a", () -> read(reads, "text a"));
		assertThat(again).isSameAs(first);
		assertThat(reads).hasValue(1);
	}

	@Test
	void theLeastRecentlyUsedGoFirstWhenTheReadingsWeighTooMuch() {
		FindingsCache cache = new FindingsCache(250);
		AtomicInteger reads = new AtomicInteger();
		cache.get("a", () -> read(reads, "a".repeat(100)));
		cache.get("b", () -> read(reads, "b".repeat(100)));
		cache.get("a", () -> read(reads, "a".repeat(100)));
		cache.get("c", () -> read(reads, "c".repeat(100)));
		assertThat(cache.size()).isEqualTo(2);
		cache.get("a", () -> read(reads, "a".repeat(100)));
		assertThat(reads).as("a was used after b, so b went").hasValue(3);
		cache.get("b", () -> read(reads, "b".repeat(100)));
		assertThat(reads).hasValue(4);
	}

	@Test
	void aReadingHeavierThanTheWholeCacheIsNotKept() {
		FindingsCache cache = new FindingsCache(50);
		AtomicInteger reads = new AtomicInteger();
		cache.get("long", () -> read(reads, "x".repeat(100)));
		cache.get("long", () -> read(reads, "x".repeat(100)));
		assertThat(reads).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	private static Findings read(AtomicInteger reads, String text) {
		reads.incrementAndGet();
		return new Findings(text, List.of());
	}

}
