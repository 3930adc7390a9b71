package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Once ready, the application runs one full collection on a thread of its own; a property leaves it out. */
class StartUpHeapTest {

	@Test
	void readinessStartsOneFullCollectionOnItsOwnThreadAfterAWhile() throws InterruptedException {
		long before = fullCollections();
		new StartUpHeap(Duration.ofMillis(50)).release();
		Waiting.until(() -> fullCollections() > before);
		assertThat(fullCollections()).as("full collections counted by the JVM").isGreaterThan(before);
		// The caller (the ready event's publisher) never waited for it.
		assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("release-start-up-heap"))
			.allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
	}

	@Test
	void itIsThereUnlessSwitchedOff() {
		contexts().withUserConfiguration(StartUpHeap.class)
			.run(context -> assertThat(context).hasSingleBean(StartUpHeap.class));
		contexts().withPropertyValues("tracker.release-start-up-heap.enabled=false")
			.withUserConfiguration(StartUpHeap.class)
			.run(context -> assertThat(context).doesNotHaveBean(StartUpHeap.class));
	}

	/** Contexts that read "10s" as a duration, as the application's does. */
	private static ApplicationContextRunner contexts() {
		return new ApplicationContextRunner().withInitializer(
				context -> context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()));
	}

	/** Full collections only ("G1 Old Generation", or Serial's and Parallel's "MarkSweep"): young ones happen anyway. */
	private static long fullCollections() {
		long count = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector.getName().contains("Old") || collector.getName().contains("MarkSweep")) {
				count += Math.max(0, collector.getCollectionCount());
			}
		}
		return count;
	}

}
