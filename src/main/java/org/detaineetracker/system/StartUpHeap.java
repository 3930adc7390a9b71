package org.detaineetracker.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands the heap a start grew back to the system, once, soon after the application is ready. A start
 * allocates about a gigabyte (mostly the jar's launcher reading 19,000 classes), and the collector
 * grows the heap to keep up: 233 MB committed once ready, of which about 50 MB is live. Without a
 * full collection that size stays committed for the life of the process. One full collection lets
 * G1 shrink the heap to about 160 MB, or to about 95 MB with the free share {@link HeapFootprint}
 * sets once ready; it grows again if the load asks for more.
 * <p>
 * It runs on a thread of its own {@code tracker.release-start-up-heap.after} (10 s) after readiness,
 * so that its pause (a few tenths of a second, once) falls after the first requests a load balancer
 * sends rather than on them. {@code -XX:+DisableExplicitGC} makes it a no-op, and
 * {@code tracker.release-start-up-heap.enabled=false} leaves it out.
 */
@Component
@ConditionalOnBooleanProperty(name = "tracker.release-start-up-heap.enabled", matchIfMissing = true)
class StartUpHeap {

	private static final Logger log = LoggerFactory.getLogger(StartUpHeap.class);

	private final Duration after;

	StartUpHeap(@Value("${tracker.release-start-up-heap.after:10s}") Duration after) {
		this.after = after;
	}

	@EventListener(ApplicationReadyEvent.class)
	void release() {
		Thread thread = new Thread(this::collect, "release-start-up-heap");
		thread.setDaemon(true);
		thread.start();
	}

	private void collect() {
		try {
			Thread.sleep(after.toMillis());
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return;
		}
		Runtime runtime = Runtime.getRuntime();
		long before = runtime.totalMemory();
		System.gc();
		log.info("Heap after the start: {} MB committed, {} MB before a full collection", runtime.totalMemory() >> 20,
				before >> 20);
	}

}
