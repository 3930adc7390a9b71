package org.detaineetracker.claim;

/**
 * What an editor pasted (or an API client sent), checked before the finder reads it.
 *
 * <p>The policy for characters nobody can see: line breaks, tabs and form feeds are white space; a few
 * stray control characters (an escape or a bell that a PDF or a terminal left behind) are dropped and
 * counted, so the page can say so; text with a NUL character, or in which more than one character in a
 * hundred is a control character or an undecodable byte (U+FFFD), is refused as binary data rather than
 * read as an article.
 *
 * @param raw the text as received
 * @param problem why the finder will not read it, or null
 * @param controlCharacters how many control characters the finder drops from it
 */
record PastedText(String raw, Problem problem, int controlCharacters) {

	enum Problem {
		/** Nothing, or only white space (no-break spaces included). */
		EMPTY,
		/** More than {@link ClaimLimits#MAX_TEXT_CHARS} characters. */
		TOO_LONG,
		/** A NUL character, or too many control characters or undecodable bytes for an article. */
		BINARY
	}

	static PastedText check(String raw) {
		if (raw == null || raw.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			return new PastedText(raw == null ? "" : raw, Problem.EMPTY, 0);
		}
		if (raw.length() > ClaimLimits.MAX_TEXT_CHARS) {
			return new PastedText(raw, Problem.TOO_LONG, 0);
		}
		int controls = 0;
		int undecodable = 0;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '\u0000') {
				return new PastedText(raw, Problem.BINARY, 0);
			}
			if (c == '\uFFFD') {
				undecodable++;
			}
			else if (Character.isISOControl(c) && !isWhiteSpace(c)) {
				controls++;
			}
		}
		int unreadable = controls + undecodable;
		if (unreadable >= ClaimLimits.CONTROL_CHARACTERS_TOLERATED
				&& (long) unreadable * ClaimLimits.CONTROL_CHARACTER_RATIO > raw.length()) {
			return new PastedText(raw, Problem.BINARY, controls);
		}
		return new PastedText(raw, null, controls);
	}

	boolean readable() {
		return problem == null;
	}

	/** The control characters the readable text turns into line breaks or spaces rather than dropping. */
	private static boolean isWhiteSpace(char c) {
		return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u0085';
	}

}
