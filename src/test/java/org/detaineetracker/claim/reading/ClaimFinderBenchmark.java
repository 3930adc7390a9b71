package org.detaineetracker.claim.reading;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the claim finder on a synthetic article of about 100 KB, as plain text and as HTML; or, with
 * {@code growth}, how its time grows with the text: 25,000, 50,000, 100,000 and 200,000 characters
 * of a synthetic article, of one sentence repeated with no sentence break ("nearly 2,000 said X. "),
 * and of "1 " repeated. Time must grow no faster than the text: each doubling should about double it.
 * Run by {@code bench/claims-bench}; not a test, because timings on a shared two-core machine are too
 * noisy to assert.
 *
 * <pre>
 * ClaimFinderBenchmark [runs=30] [warm-up runs=10] [size in KB=100]
 * ClaimFinderBenchmark growth [runs=5]
 * </pre>
 */
public final class ClaimFinderBenchmark {

	private static final PlaceNames PLACES = PlaceNames.of(new PlaceName("al-hol-camp", "al-Hol camp"),
			new PlaceName("al-hol-camp", "al-Hawl"), new PlaceName("al-hol-camp", "Al Hol"),
			new PlaceName("panorama-prison", "Panorama prison"), new PlaceName("panorama-prison", "Panorama"),
			new PlaceName("roj-camp", "Roj camp"));

	private ClaimFinderBenchmark() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("growth")) {
			growth(args.length > 1 ? Integer.parseInt(args[1]) : 5);
			return;
		}
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int kilobytes = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		String article = SyntheticArticle.of(kilobytes * 1000, 42);
		String html = "<html><body><article>" + Arrays.stream(article.split("\n\n"))
			.map(paragraph -> "<p>" + paragraph.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
			.reduce("", String::concat) + "</article></body></html>";
		ClaimFinder finder = new ClaimFinder();
		System.out.printf(Locale.ROOT, "Claim finder benchmark: %d timed runs after %d warm-up runs, Java %s, %d cores%n",
				runs, warmUps, Runtime.version(), Runtime.getRuntime().availableProcessors());
		time("plain text", article, finder, runs, warmUps);
		time("HTML", html, finder, runs, warmUps);
	}

	/**
	 * Wall-clock time is what an editor waits; the thread's CPU time is printed beside it because on a
	 * busy shared machine the wall clock also counts time spent waiting for a core.
	 */
	private static void time(String label, String input, ClaimFinder finder, int runs, int warmUps) {
		Findings findings = null;
		for (int i = 0; i < warmUps; i++) {
			findings = finder.read(input, PLACES);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] wall = new double[runs];
		double[] cpu = new double[runs];
		for (int i = 0; i < runs; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			findings = finder.read(input, PLACES);
			wall[i] = (System.nanoTime() - start) / 1_000_000.0;
			cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000.0;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT, "%-10s %6.1f KB, %d candidates (%d likely)%n", label, input.length() / 1000.0,
				findings.candidates().size(), findings.likely().size());
		System.out.printf(Locale.ROOT, "  wall ms: median %6.1f  p95 %6.1f  min %6.1f  max %6.1f%n", percentile(wall, 50),
				percentile(wall, 95), wall[0], wall[wall.length - 1]);
		System.out.printf(Locale.ROOT, "  CPU ms:  median %6.1f  p95 %6.1f  min %6.1f  max %6.1f%n", percentile(cpu, 50),
				percentile(cpu, 95), cpu[0], cpu[cpu.length - 1]);
	}

	static final int[] GROWTH_SIZES = { 25_000, 50_000, 100_000, 200_000 };

	private static void growth(int runs) {
		ClaimFinder finder = new ClaimFinder();
		System.out.printf(Locale.ROOT, "Claim finder growth: median of %d runs after 2 warm-up runs, Java %s, %d cores%n",
				runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
		growth("synthetic article", size -> SyntheticArticle.of(size, 42), finder, runs);
		growth("\"nearly 2,000 said X. \" repeated", size -> repeated("nearly 2,000 said X. ", size), finder, runs);
		growth("\"1 \" repeated", size -> repeated("1 ", size), finder, runs);
	}

	private static void growth(String label, java.util.function.IntFunction<String> texts, ClaimFinder finder, int runs) {
		System.out.println(label);
		double first = 0;
		for (int size : GROWTH_SIZES) {
			String text = texts.apply(size);
			double[] wall = new double[runs];
			Findings findings = null;
			for (int i = 0; i < 2; i++) {
				findings = finder.read(text, PLACES);
			}
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				findings = finder.read(text, PLACES);
				wall[i] = (System.nanoTime() - start) / 1_000_000.0;
			}
			Arrays.sort(wall);
			double median = percentile(wall, 50);
			first = first == 0 ? median : first;
			System.out.printf(Locale.ROOT, "  %,9d characters %,7d candidates  median %8.1f ms  (%.1f× the 25k time, text %d×)%n",
					text.length(), findings.candidates().size(), median, median / first, size / GROWTH_SIZES[0]);
		}
	}

	private static String repeated(String unit, int size) {
		return unit.repeat(size / unit.length() + 1).substring(0, size);
	}

	/** Nearest-rank percentile of sorted values. */
	private static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

}
