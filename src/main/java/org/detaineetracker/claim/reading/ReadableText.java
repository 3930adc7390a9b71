package org.detaineetracker.claim.reading;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces what an editor pastes to the plain text the finder reads and the editor is shown. Every
 * offset in a {@link Candidate} refers to this text, so it must be computed exactly once per input.
 */
final class ReadableText {

	/** A tag, comment or doctype; a stray "<" in plain prose ("fewer than <100") is not markup. */
	private static final Pattern MARKUP = Pattern.compile("<(?:!--|!doctype|/?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Runs of empty lines, once spaces around line breaks are gone. A plain repetition of one character:
	 * a repeated group would recurse once per line in the regex engine, and a page of three thousand
	 * empty blocks overflowed the stack.
	 */
	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile("[ \\t]*\\n[ \\t]*");

	private ReadableText() {
	}

	/** Whether the finder reads {@code input} as HTML, keeping only the text a browser would show. */
	static boolean looksLikeHtml(String input) {
		return input != null && MARKUP.matcher(input).find();
	}

	static String of(String input) {
		if (input == null || input.isEmpty()) {
			return "";
		}
		String text = MARKUP.matcher(input).find() ? textOfHtml(input) : input;
		return Normalizer.normalize(withoutInvisibles(text), Normalizer.Form.NFC);
	}

	/**
	 * Line breaks become newlines and the rest of the control characters disappear: a NUL or an escape
	 * pasted from a PDF would otherwise split "6,000" in two. Invisible direction marks and zero-width
	 * spaces go too; they come with right-to-left and web text and carry nothing a reader sees.
	 * Zero-width joiners stay: Arabic and Persian spelling needs them.
	 */
	private static String withoutInvisibles(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				clean.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\n' || c == '\t') {
				clean.append(c);
			}
			else if (c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				clean.append('\n');
			}
			else if (!isInvisible(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	private static boolean isInvisible(char c) {
		return Character.isISOControl(c) || c == '\u00AD' || c == '\u200B' || c == '\u200E' || c == '\u200F'
				|| c == '\u061C' || c == '\uFEFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	/** The visible text of a page: blocks and line breaks become newlines, scripts and styles vanish. */
	private static String textOfHtml(String html) {
		Document document = Jsoup.parse(html);
		StringBuilder text = new StringBuilder(html.length() / 2);
		document.body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					appendCollapsed(text, textNode.getWholeText());
				}
				else if (node instanceof Element element && (element.nameIs("br") || element.isBlock())) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
					text.append('\n');
				}
			}

		});
		String lines = SPACES_AROUND_NEWLINE.matcher(text).replaceAll("\n");
		return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
	}

	/** Runs of whitespace read as one space in HTML, as a browser shows them; no-break spaces stay. */
	private static void appendCollapsed(StringBuilder text, String raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
			if (!space) {
				text.append(c);
			}
			else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
				text.append(' ');
			}
		}
	}

}
