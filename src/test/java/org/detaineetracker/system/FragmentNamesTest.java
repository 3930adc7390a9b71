package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A fragment named like an HTML element ("select", "input", "table") is also a markup selector:
 * {@code ~{fields :: select(...)}} then brings in every {@code <select>} of the file as well.
 * This happened once; no fragment may be named after an element again.
 */
class FragmentNamesTest {

	private static final Set<String> ELEMENTS = Set.of("a", "abbr", "article", "aside", "b", "blockquote", "body",
			"button", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em", "fieldset", "figure",
			"footer", "form", "h1", "h2", "h3", "head", "header", "html", "i", "img", "input", "ins", "label", "legend",
			"li", "link", "main", "mark", "meta", "nav", "ol", "option", "output", "p", "q", "script", "section",
			"select", "small", "source", "span", "strong", "style", "summary", "table", "tbody", "td", "template",
			"textarea", "tfoot", "th", "thead", "time", "title", "tr", "ul");

	@Test
	void noFragmentIsNamedLikeAnHtmlElement() throws IOException {
		Pattern fragment = Pattern.compile("th:fragment=\"([A-Za-z0-9_-]+)");
		List<String> clashes = new ArrayList<>();
		int fragments = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher names = fragment.matcher(Files.readString(file));
				while (names.find()) {
					fragments++;
					if (ELEMENTS.contains(names.group(1).toLowerCase())) {
						clashes.add(file.getFileName() + ": " + names.group(1));
					}
				}
			}
		}
		assertThat(fragments).isPositive();
		assertThat(clashes).isEmpty();
	}

}
