package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.DatePrecision;

/**
 * Every word a reader sees comes from messages*.properties: templates hold no visible text of their
 * own (only prototype text that th:text replaces), every message key they use exists, and every
 * locale has the same keys as the default one.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path RESOURCES = Path.of("src/main/resources");

	/** Attributes a reader sees or hears; they must be th:-bound. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.]+)[(}]");

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
				if (!replaced && !insideReplaced(element)) {
					for (TextNode text : element.textNodes()) {
						if (text.text().codePoints().anyMatch(Character::isLetter)) {
							problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
									+ text.text().strip() + "\"");
						}
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (VISIBLE_ATTRIBUTES.contains(attribute.getKey())) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Properties messages = load(RESOURCES.resolve("messages.properties"));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!messages.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueShownToReadersHasALabel() throws IOException {
		Properties messages = load(RESOURCES.resolve("messages.properties"));
		Stream.of(org.detaineetracker.facility.FacilityKind.values())
			.forEach(v -> assertThat(messages).containsKey("facility.kind." + v));
		Stream.of(org.detaineetracker.facility.FacilityStatus.values())
			.forEach(v -> assertThat(messages).containsKey("facility.status." + v));
		Stream.of(org.detaineetracker.facility.CoordinatePrecision.values())
			.forEach(v -> assertThat(messages).containsKey("coordinates.precision." + v));
		Stream.of(org.detaineetracker.source.SourceKind.values())
			.forEach(v -> assertThat(messages).containsKey("source.kind." + v));
		Stream.of(org.detaineetracker.movement.MovementKind.values())
			.forEach(v -> assertThat(messages).containsKey("movement.kind." + v));
		Stream.of(org.detaineetracker.movement.MovementStatus.values())
			.forEach(v -> assertThat(messages).containsKey("movement.status." + v));
		Stream.of(org.detaineetracker.movement.Tally.values())
			.forEach(v -> assertThat(messages).containsKey("movement.tally." + v));
		Stream.of(org.detaineetracker.kernel.Qualifier.values()).forEach(v -> {
			assertThat(messages).containsKey("qualifier." + v);
			assertThat(messages).containsKey("qualifier.phrase." + v);
		});
		Stream.of(org.detaineetracker.count.CountStatus.values())
			.forEach(v -> assertThat(messages).containsKey("count.status." + v));
		Stream.of(org.detaineetracker.kernel.DatePrecision.values())
			.forEach(v -> assertThat(messages).containsKey("date.pattern." + v.name().toLowerCase()));
	}

	@Test
	void everyLocaleHasTheSameKeysAsTheDefault() throws IOException {
		Set<Object> keys = load(RESOURCES.resolve("messages.properties")).keySet();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path locale : files.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties")).toList()) {
				assertThat(load(locale).keySet()).as(locale.getFileName().toString()).isEqualTo(keys);
			}
		}
	}

	/** Inside an element whose content is replaced; the page's html element only decorates with the layout. */
	private static boolean insideReplaced(Element element) {
		for (Element parent : element.parents()) {
			boolean layout = parent.tagName().equals("html");
			if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || (!layout && parent.hasAttr("th:replace"))) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
