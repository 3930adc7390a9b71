package org.detaineetracker.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands back to the system, every {@code tracker.native-heap-trim.every} (10 s; 0 turns it off), the
 * memory the C library keeps after the JVM freed it. The JIT compilers allocate and free a lot of
 * native memory while a start and the first loads compile the code, and the C library (glibc) keeps
 * what was freed for later use rather than returning it: a trim handed back 34 MB 12 s after a start,
 * 41 MB after 20 s of load and 14 MB after more load (bench/README.md). Trimming is the JVM's own
 * diagnostic command {@code System.trim_native_heap} (what {@code jcmd PID System.trim_native_heap}
 * runs); it took 8 ms (median) on a thread of its own, and changes no Java object and no setting. The
 * first call also sets up the JVM's management server, through which the command is reached (about 470
 * classes and half a megabyte of heap, once), and took 83–194 ms.
 * <p>
 * It does nothing where the command is missing or cannot trim (a JVM other than HotSpot, a C library
 * other than glibc), and leaves the work to the JVM where the operator asked the JVM to trim by
 * itself ({@code -XX:TrimNativeHeapInterval}).
 */
@Component
class NativeHeapTrim implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NativeHeapTrim.class);

	/**
	 * The command's answer where it trimmed, for instance "Trim native heap: RSS+Swap: 405M->365M
	 * (-40M)"; where the C library cannot, it answers "Not available".
	 */
	private static final Pattern TRIMMED = Pattern.compile("RSS\\+Swap: (\\S+->\\S+ \\([-+]\\S+\\))");

	private static final String COMMANDS = "com.sun.management:type=DiagnosticCommand";

	private final Duration every;

	private final AtomicLong trims = new AtomicLong();

	private volatile ScheduledExecutorService timer;

	NativeHeapTrim(@Value("${tracker.native-heap-trim.every:10s}") Duration every) {
		this.every = every;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (every.isZero() || every.isNegative() || timer != null) {
			return;
		}
		if (jvmTrimsByItself()) {
			log.info("The JVM trims its native heap itself (-XX:TrimNativeHeapInterval), so the application does not.");
			return;
		}
		timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "native-heap-trim");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(this::trimOrStop, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void trimOrStop() {
		long began = System.nanoTime();
		Optional<Trimmed> trimmed = trim();
		String took = String.format(Locale.ROOT, "%.1f ms", (System.nanoTime() - began) / 1e6);
		if (trimmed.isEmpty()) {
			log.info("This JVM cannot trim its native heap, so the application stops asking it to.");
			timer.shutdown();
			return;
		}
		long count = trims.incrementAndGet();
		if (count == 1) {
			log.info("Native heap trimmed in {}, as it will be every {}: resident {}", took, readable(every),
					trimmed.get().resident());
		}
		else {
			log.debug("Native heap trimmed in {}: resident {}", took, trimmed.get().resident());
		}
	}

	/** "10 s", or "500 ms" for what is not a whole number of seconds. */
	static String readable(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	/** Trims once; empty where this JVM has no such command or the C library cannot trim. */
	static Optional<Trimmed> trim() {
		try {
			MBeanServer server = ManagementFactory.getPlatformMBeanServer();
			Object answer = server.invoke(new ObjectName(COMMANDS), "systemTrimNativeHeap", new Object[0], new String[0]);
			Matcher matcher = TRIMMED.matcher(String.valueOf(answer));
			if (!matcher.find()) {
				return Optional.empty();
			}
			return Optional.of(new Trimmed(matcher.group(1)));
		}
		catch (JMException | RuntimeException missing) {
			return Optional.empty();
		}
	}

	private static boolean jvmTrimsByItself() {
		return JvmFlags.hotSpot().get("TrimNativeHeapInterval").map(flag -> !"0".equals(flag.getValue())).orElse(false);
	}

	/** How many trims have run. */
	long trims() {
		return trims.get();
	}

	@Override
	public synchronized void destroy() {
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	/** The resident size (with swap) before and after, and the change, as the JVM wrote them: "405M->365M (-40M)". */
	record Trimmed(String resident) {
	}

}
