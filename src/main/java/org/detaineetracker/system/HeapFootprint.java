package org.detaineetracker.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the heap G1 holds on to close to what is live, once the application is ready. G1 gives heap
 * back only when it marks the whole heap (a full collection, or the end of a concurrent cycle), and
 * then keeps up to {@code MaxHeapFreeRatio} (70%) of it free: about 3.3 times the live data. The
 * tracker's live data after its first pages is about 47 MB, so it kept 127–167 MB committed after a
 * load. Two of G1's settings that a running JVM may change (through {@link com.sun.management.HotSpotDiagnosticMXBean},
 * as {@code jcmd PID VM.set_flag} does) bring that down:
 * <ul>
 * <li>{@code MaxHeapFreeRatio} 50 ({@code tracker.heap-footprint.max-free-ratio}): twice the live
 * data, so the start-up collection ({@link StartUpHeap}) leaves about 95 MB;</li>
 * <li>{@code G1PeriodicGCInterval} 60 s ({@code tracker.heap-footprint.idle-collection-after}): once
 * no collection has run for that long, G1 marks the heap concurrently and hands back what a load grew
 * (the JDK's own answer to idle heaps, JEP 346). Under load collections run every fraction of a second,
 * so it never fires then. At rest it repeats: each cycle took about 170 ms of processor time, so every
 * 10 s would cost 1.7% of a core and every 60 s 0.3%.</li>
 * </ul>
 * Both are set after readiness, so a start sizes its heap as it always has. A setting the operator
 * gave the JVM ({@code -XX:MaxHeapFreeRatio=…}) is left as it is, and so is any collector but G1,
 * for which these figures were not measured. 0 for either property leaves that setting alone.
 */
@Component
class HeapFootprint {

	private static final Logger log = LoggerFactory.getLogger(HeapFootprint.class);

	private final int maxFreeRatio;

	private final Duration idleCollectionAfter;

	private final JvmFlags flags;

	@Autowired
	HeapFootprint(@Value("${tracker.heap-footprint.max-free-ratio:50}") int maxFreeRatio,
			@Value("${tracker.heap-footprint.idle-collection-after:60s}") Duration idleCollectionAfter) {
		this(maxFreeRatio, idleCollectionAfter, JvmFlags.hotSpot());
	}

	HeapFootprint(int maxFreeRatio, Duration idleCollectionAfter, JvmFlags flags) {
		this.maxFreeRatio = maxFreeRatio;
		this.idleCollectionAfter = idleCollectionAfter;
		this.flags = flags;
	}

	@EventListener(ApplicationReadyEvent.class)
	void apply() {
		if (!flags.get("UseG1GC").map(option -> option.getValue().equals("true")).orElse(false)) {
			return;
		}
		List<String> changed = new ArrayList<>();
		if (maxFreeRatio > 0) {
			setUnlessGiven("MaxHeapFreeRatio", Integer.toString(maxFreeRatio), changed);
		}
		if (idleCollectionAfter.toMillis() > 0) {
			setUnlessGiven("G1PeriodicGCInterval", Long.toString(idleCollectionAfter.toMillis()), changed);
		}
		if (!changed.isEmpty()) {
			log.info("Heap footprint: {}", String.join(", ", changed));
		}
	}

	/** Sets a flag the JVM still has at its default; a value the operator chose stays. */
	private void setUnlessGiven(String name, String value, List<String> changed) {
		Optional<VMOption> option = flags.get(name);
		if (option.isEmpty() || option.get().getOrigin() != VMOption.Origin.DEFAULT || value.equals(option.get().getValue())) {
			return;
		}
		try {
			flags.set(name, value);
			changed.add(name + " " + option.get().getValue() + " -> " + value);
		}
		catch (IllegalArgumentException refused) {
			// For instance a MaxHeapFreeRatio below the MinHeapFreeRatio the operator gave.
			log.warn("Heap footprint: the JVM refused {}={}: {}", name, value, refused.getMessage());
		}
	}

}
