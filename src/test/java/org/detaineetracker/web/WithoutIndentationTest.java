package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A kept main loses its indentation between tags, and nothing a reader sees. */
class WithoutIndentationTest {

	@Test
	void whiteSpaceBetweenTagsAcrossLinesBecomesOneLineBreak() {
		String html = "<ol>\n      <li>one</li>\n\n      \n      <li>two</li>\n    </ol>";
		assertThat(RenderedPages.withoutIndentation(html)).isEqualTo("<ol>\n<li>one</li>\n<li>two</li>\n</ol>");
	}

	@Test
	void whiteSpaceWithinALineAndBesideTextIsKept() {
		String html = "<p><strong>at least 4,351</strong> <a href=\"/x\">how</a>\n  text  \n  <em>x</em></p>";
		assertThat(RenderedPages.withoutIndentation(html))
			.isEqualTo("<p><strong>at least 4,351</strong> <a href=\"/x\">how</a>\n  text  \n  <em>x</em></p>");
	}

	@Test
	void theTextAReaderSeesIsTheSame() {
		String html = "<main>\n  <h2>Moved out</h2>\n  <table>\n    <tr>\n      <td>\n        <a href=\"/m/1\">150</a>\n"
				+ "        \n      </td>\n      <td>21 January 2026</td>\n    </tr>\n  </table>\n</main>";
		assertThat(Jsoup.parse(RenderedPages.withoutIndentation(html)).text()).isEqualTo(Jsoup.parse(html).text());
	}

	@Test
	void markupThatShowsWhiteSpaceAsItIsIsLeftWhole() {
		for (String kept : new String[] { "<pre>a\n   <b>b</b>\n</pre>", "<textarea>\n  </textarea>\n  <p>x</p>",
				"<section class=\"pasted-text\">\n  <p>line</p>\n   <p>  indented</p></section>" }) {
			assertThat(RenderedPages.withoutIndentation(kept)).isEqualTo(kept);
		}
	}

	/** Every class the stylesheet gives {@code white-space: pre…} is one the cut leaves whole. */
	@Test
	void everyClassStyledToKeepWhiteSpaceIsKnown() throws IOException {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/css/tracker.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher rule = Pattern.compile("([^{}]+)\\{[^}]*white-space:\\s*pre[^}]*}").matcher(css);
		int rules = 0;
		while (rule.find()) {
			rules++;
			Matcher className = Pattern.compile("\\.([\\w-]+)").matcher(rule.group(1));
			boolean known = false;
			while (className.find()) {
				known |= RenderedPages.KEEPS_WHITE_SPACE.contains(className.group(1));
			}
			assertThat(known).as("a class of '%s' is in RenderedPages.KEEPS_WHITE_SPACE", rule.group(1).trim()).isTrue();
		}
		assertThat(rules).as("rules with white-space: pre…").isPositive();
	}

}
