package org.detaineetracker.claim.reading;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.detaineetracker.kernel.Qualifier;

/**
 * Measures the claim finder against hand-made labels: recall and precision per article and overall.
 * A bench command ({@code bench/claims-eval}), not part of the application or of the test suite: the
 * seed articles live outside the repository (their text may not be copied into it), so a clone with
 * nothing beside it has none to read.
 *
 * <p>Each article counts each distinct figure once: a label is a (value, qualifier, upper value) in
 * an article, and so is a prediction, however often the article repeats it ("nearly 6,000" three
 * times is one figure). Only candidates marked likely are predictions. Overall figures are summed
 * over the articles (micro-averaged), so an article with many figures weighs more.
 *
 * <pre>
 * ClaimEvaluation [articles-folder] [labels.csv] [--verbose]
 * </pre>
 * The folder holds the articles as UTF-8 {@code .txt} files; the labels file has the columns
 * {@code article_file,value,qualifier,value_high,kind,note}. With the seed labels (the default labels
 * file) it also checks what the team promised of them, and exits with status 1 when the
 * finder falls short: all {@value #SEED_ARTICLES} articles and {@value #SEED_LABELS} labelled figures
 * read, recall at least {@value #MIN_RECALL} and precision at least {@value #MIN_PRECISION}.
 */
public final class ClaimEvaluation {

	static final Path DEFAULT_ARTICLES = Path.of("..", "shared", "seeds");

	static final Path DEFAULT_LABELS = Path.of("src", "test", "resources", "claims", "seed-labels.csv");

	static final int SEED_ARTICLES = 5;

	static final int SEED_LABELS = 10;

	static final double MIN_RECALL = 0.9;

	static final double MIN_PRECISION = 0.8;

	private ClaimEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		List<String> paths = Stream.of(args).filter(arg -> !arg.startsWith("--")).toList();
		boolean verbose = Stream.of(args).anyMatch("--verbose"::equals);
		Path articles = paths.size() > 0 ? Path.of(paths.get(0)) : DEFAULT_ARTICLES;
		Path labels = paths.size() > 1 ? Path.of(paths.get(1)) : DEFAULT_LABELS;
		if (!Files.isDirectory(articles)) {
			System.err.println("No folder of articles at " + articles.toAbsolutePath().normalize()
					+ "\nUsage: ClaimEvaluation [articles-folder] [labels.csv] [--verbose]");
			System.exit(2);
		}
		if (!Files.isRegularFile(labels)) {
			System.err.println("No labels file at " + labels.toAbsolutePath().normalize());
			System.exit(2);
		}
		Report report;
		try {
			report = evaluate(articles, labels, new ClaimFinder());
		}
		catch (IllegalArgumentException ex) {
			// Labels that do not fit the folder (the seed labels for other articles): say so, no stack trace.
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		report.print(System.out, verbose);
		if (paths.size() < 2) {
			// the seed labels: the finder is held to what it promises on the seed articles
			List<String> shortfalls = seedShortfalls(report);
			shortfalls.forEach(System.err::println);
			if (!shortfalls.isEmpty()) {
				System.exit(1);
			}
		}
	}

	/** Where the finder falls short of what it promises on the seed articles; empty when it keeps it. */
	static List<String> seedShortfalls(Report report) {
		List<String> shortfalls = new ArrayList<>();
		if (report.results().size() != SEED_ARTICLES) {
			shortfalls.add("expected " + SEED_ARTICLES + " seed articles, read " + report.results().size());
		}
		if (report.expected() != SEED_LABELS) {
			shortfalls.add("expected " + SEED_LABELS + " labelled figures, found " + report.expected());
		}
		if (report.recall() < MIN_RECALL) {
			shortfalls.add("recall " + report.recall() + " is below " + MIN_RECALL);
		}
		if (report.precision() < MIN_PRECISION) {
			shortfalls.add("precision " + report.precision() + " is below " + MIN_PRECISION);
		}
		return shortfalls;
	}

	/** Reads every {@code .txt} article in {@code articles} and compares its likely candidates with the labels. */
	public static Report evaluate(Path articles, Path labels, ClaimFinder finder) throws IOException {
		Map<String, List<Label>> labelsByArticle = readLabels(labels);
		List<Path> files;
		try (Stream<Path> listing = Files.list(articles)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		Set<String> fileNames = files.stream().map(file -> file.getFileName().toString()).collect(Collectors.toSet());
		List<String> unknown = labelsByArticle.keySet().stream().filter(name -> !fileNames.contains(name)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Labels name articles that are not in " + articles + ": " + unknown);
		}
		List<ArticleResult> results = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			Findings findings = finder.read(Files.readString(file, StandardCharsets.UTF_8), PlaceNames.NONE);
			results.add(new ArticleResult(name, labelsByArticle.getOrDefault(name, List.of()), findings));
		}
		return new Report(articles, labels, results);
	}

	/** A figure as the evaluation compares it: kind, cohort and the rest are hints, not scored. */
	public record FigureKey(int value, Qualifier qualifier, Integer valueHigh) {

		static FigureKey of(Candidate candidate) {
			return new FigureKey(candidate.value(), candidate.qualifier(), candidate.valueHigh());
		}

		@Override
		public String toString() {
			return qualifier + " " + value + (valueHigh == null ? "" : "–" + valueHigh);
		}

	}

	/** One row of the labels file. */
	public record Label(String articleFile, FigureKey figure, ClaimKind kind, String note) {
	}

	public record ArticleResult(String file, List<Label> labels, Findings findings) {

		public Set<FigureKey> expected() {
			return labels.stream().map(Label::figure).collect(Collectors.toCollection(LinkedHashSet::new));
		}

		public Set<FigureKey> predicted() {
			return findings.likely().stream().map(FigureKey::of).collect(Collectors.toCollection(LinkedHashSet::new));
		}

		public Set<FigureKey> matched() {
			Set<FigureKey> matched = new LinkedHashSet<>(expected());
			matched.retainAll(predicted());
			return matched;
		}

		/** Matched labels whose kind (held, moved...) a likely candidate with the same figure shares. */
		int kindsAgreed() {
			return (int) labels.stream()
				.filter(label -> findings.likely()
					.stream()
					.anyMatch(c -> FigureKey.of(c).equals(label.figure()) && c.kind() == label.kind()))
				.count();
		}

	}

	public record Report(Path articles, Path labelsFile, List<ArticleResult> results) {

		public int expected() {
			return results.stream().mapToInt(result -> result.expected().size()).sum();
		}

		public int predicted() {
			return results.stream().mapToInt(result -> result.predicted().size()).sum();
		}

		public int matched() {
			return results.stream().mapToInt(result -> result.matched().size()).sum();
		}

		/** Share of labelled figures found; 1 when there is nothing to find. */
		public double recall() {
			return expected() == 0 ? 1 : (double) matched() / expected();
		}

		/** Share of predicted figures that are labelled; 1 when nothing was predicted. */
		public double precision() {
			return predicted() == 0 ? 1 : (double) matched() / predicted();
		}

		void print(PrintStream out, boolean verbose) {
			out.printf("Claim finder evaluation: %d articles in %s, labels in %s%n", results.size(), articles, labelsFile);
			out.println("Each distinct figure (value, qualifier, upper value) counts once per article;"
					+ " predictions are the likely candidates.");
			out.println();
			out.printf("%-28s %7s %10s %8s %8s %10s%n", "article", "labels", "predicted", "matched", "recall", "precision");
			for (ArticleResult result : results) {
				int expected = result.expected().size();
				int predicted = result.predicted().size();
				int matched = result.matched().size();
				out.printf("%-28s %7d %10d %8d %8s %10s%n", result.file(), expected, predicted, matched,
						percent(matched, expected), percent(matched, predicted));
			}
			out.printf("%-28s %7d %10d %8d %8s %10s%n", "overall", expected(), predicted(), matched(),
					percent(matched(), expected()), percent(matched(), predicted()));
			out.println();
			int kindsAgreed = results.stream().mapToInt(ArticleResult::kindsAgreed).sum();
			out.printf("Kinds (held, moved, released, escaped) agree for %d of %d labels.%n", kindsAgreed,
					results.stream().mapToInt(result -> result.labels().size()).sum());
			for (ArticleResult result : results) {
				Set<FigureKey> missed = new LinkedHashSet<>(result.expected());
				missed.removeAll(result.predicted());
				Set<FigureKey> extra = new LinkedHashSet<>(result.predicted());
				extra.removeAll(result.expected());
				if (!missed.isEmpty()) {
					out.printf("%s missed: %s%n", result.file(), missed);
				}
				if (!extra.isEmpty()) {
					out.printf("%s not labelled: %s%n", result.file(), extra);
				}
				if (verbose) {
					printCandidates(out, result);
				}
			}
		}

		private static void printCandidates(PrintStream out, ArticleResult result) {
			out.printf("%n%s%n", result.file());
			Findings findings = result.findings();
			for (Candidate candidate : findings.candidates()) {
				out.printf("  %s %-18s → %s %s [%d, %d)%n", candidate.likely() ? "likely  " : "unlikely",
						"“" + findings.passage(candidate) + "”", FigureKey.of(candidate), candidate.kind(),
						candidate.start(), candidate.end());
				out.printf("           cohort=%s facility=%s speaker=%s date=%s%n", candidate.cohortSlug(),
						candidate.facilitySlug(), candidate.speaker(), candidate.dateHint());
				for (String reason : candidate.reasons()) {
					out.printf("           - %s%n", reason);
				}
			}
		}

		private static String percent(int part, int whole) {
			return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
		}

	}

	static Map<String, List<Label>> readLabels(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).startsWith("article_file,value,qualifier,value_high,kind")) {
			throw new IllegalArgumentException(
					file + " must start with the header article_file,value,qualifier,value_high,kind,note");
		}
		Map<String, List<Label>> labels = new TreeMap<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> fields = csvFields(lines.get(i));
			if (fields.size() < 5) {
				throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected at least 5 fields");
			}
			String high = fields.get(3).strip();
			FigureKey figure = new FigureKey(Integer.parseInt(fields.get(1).strip()),
					Qualifier.valueOf(fields.get(2).strip()), high.isEmpty() ? null : Integer.valueOf(high));
			Label label = new Label(fields.get(0).strip(), figure, ClaimKind.valueOf(fields.get(4).strip()),
					fields.size() > 5 ? fields.get(5) : "");
			labels.computeIfAbsent(label.articleFile(), name -> new ArrayList<>()).add(label);
		}
		return labels;
	}

	/** One CSV line: fields separated by commas, a field in double quotes may hold commas and "" for a quote. */
	static List<String> csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
