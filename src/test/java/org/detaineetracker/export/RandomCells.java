package org.detaineetracker.export;

import java.util.Random;

/**
 * Seeded random cell values built from the characters that matter to CSV and to spreadsheets:
 * formula starters, quotes, commas, line breaks, tabs, apostrophes, spaces, Arabic letters and a
 * character outside the Basic Multilingual Plane. Each seed gives the same values every run.
 */
final class RandomCells {

	private static final String[] PIECES = { "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "\"", ",", " ", "a",
			"Z", "7", ".", "(", ")", "|", "!", "سجن", "ال", "é", "😀", "SUM(A1)", "cmd", "#" };

	private final Random random;

	RandomCells(long seed) {
		this.random = new Random(seed);
	}

	String next() {
		int length = random.nextInt(12);
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < length; i++) {
			value.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return value.toString();
	}

	/** A coordinate as PostgreSQL writes numeric(8, 5): {@code -75.12345}, {@code 36.50000}. */
	String nextCoordinate() {
		return String.format(java.util.Locale.ROOT, "%.5f", (random.nextDouble() - 0.5) * 360);
	}

	int nextChunk(int max) {
		return 1 + random.nextInt(max);
	}

	/** Undoes the spreadsheet-safety prefix, as README tells readers of the files to do. */
	static String unescape(String cell) {
		return cell.startsWith("'") ? cell.substring(1) : cell;
	}

	/** Whether a spreadsheet would read this cell as a formula (OWASP's list). */
	static boolean beginsLikeAFormula(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
	}

}
