package org.detaineetracker.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.detaineetracker.account.ApiTokens;
import org.detaineetracker.account.PublicReading;
import org.detaineetracker.test.TrackerTest;

/**
 * The Atom feeds: valid RFC 4287 (checked element by element below), the newest change first, a
 * group's feed with its sites' figures, retractions as updated entries, and who may read them.
 * Rolled back.
 */
@TrackerTest
@Transactional
class FeedsTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicReading publicReading;

	@Autowired
	ApiTokens tokens;

	@Test
	void bothFeedsAreValidAtomWithTheNewestChangeFirst() throws Exception {
		for (String url : List.of("/feeds/figures.atom", "/feeds/facilities/panorama-prison.atom",
				"/feeds/facilities/sdf-detention-facilities-northeast-syria.atom")) {
			MockHttpServletResponse response = analyst(get(url));
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
			Document feed = parse(response);
			List<String> problems = AtomRules.check(feed, "http://localhost" + url);
			assertThat(problems).as(url).isEmpty();
			List<Element> entries = children(feed.getDocumentElement(), "entry");
			assertThat(entries).as(url).isNotEmpty();
			List<OffsetDateTime> updated = entries.stream().map(e -> OffsetDateTime.parse(text(e, "updated"))).toList();
			assertThat(updated).as(url).isSortedAccordingTo((a, b) -> b.compareTo(a));
			assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo(text(entries.get(0), "updated"));
		}
	}

	@Test
	void aGroupsFeedHasItsSitesFiguresAndASitesFeedOnlyItsOwn() throws Exception {
		List<String> groupTerms = terms(parse(analyst(get("/feeds/facilities/sdf-detention-facilities-northeast-syria.atom"))));
		List<String> sites = jdbc.sql("""
				select slug from facility where slug = 'sdf-detention-facilities-northeast-syria'
				   or parent_id = (select id from facility where slug = 'sdf-detention-facilities-northeast-syria')""")
			.query(String.class).list();
		assertThat(groupTerms).isNotEmpty().allMatch(sites::contains);
		assertThat(groupTerms).contains("panorama-prison");
		assertThat(terms(parse(analyst(get("/feeds/facilities/panorama-prison.atom"))))).isNotEmpty()
			.containsOnly("panorama-prison");
	}

	@Test
	void aNewFigureLeadsTheFeedAndItsRetractionComesBackAsAnUpdate() throws Exception {
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, as_of,
				                            as_of_precision, source_id, speaker, quote, recorded_by)
				select f.id, c.id, 4321, 'OVER', 4322, null, '2026-01-21', 'DAY', s.id, 'A prison guard <& co>',
				       'Over 4,321 held', 'editor'
				from facility f, cohort c, source s
				where f.slug = 'panorama-prison' and c.slug = 'isis-detainees'
				  and s.id = (select min(id) from source where published_precision = 'DAY')""").update();
		long id = jdbc.sql("select max(id) from reported_count").query(Long.class).single();
		Element first = children(parse(analyst(get("/feeds/facilities/panorama-prison.atom"))).getDocumentElement(), "entry")
			.get(0);
		assertThat(text(first, "id")).isEqualTo("http://localhost/counts/" + id);
		assertThat(text(first, "title")).isEqualTo("Over 4,321 ISIS detainees at Panorama prison");
		assertThat(text(first, "summary")).startsWith("A prison guard <& co>, in ").endsWith("“Over 4,321 held”");

		jdbc.sql("update reported_count set retracted_at = now(), retraction_reason = 'Misread', status = 'RETRACTED', "
				+ "updated_at = now() + interval '1 second' where id = ?").param(id).update();
		first = children(parse(analyst(get("/feeds/figures.atom"))).getDocumentElement(), "entry").get(0);
		assertThat(text(first, "id")).isEqualTo("http://localhost/counts/" + id);
		assertThat(text(first, "title")).endsWith("(retracted)");
		assertThat(text(first, "summary")).contains("Retracted on ").endsWith(": Misread");
	}

	@Test
	void anUnchangedFeedIsA304AndAnUnknownFacilityA404() throws Exception {
		MockHttpServletResponse first = analyst(get("/feeds/figures.atom"));
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(analyst(get("/feeds/figures.atom").header("If-None-Match", etag)).getStatus()).isEqualTo(304);
		assertThat(analyst(get("/feeds/facilities/nowhere.atom")).getStatus()).isEqualTo(404);
	}

	@Test
	void visitorsNeedPublicReadingOrAToken() throws Exception {
		MockHttpServletResponse closed = mvc.perform(get("/feeds/figures.atom")).andReturn().getResponse();
		assertThat(closed.getStatus()).isEqualTo(401);
		assertThat(closed.getHeader("WWW-Authenticate")).startsWith("Bearer");

		long analyst = jdbc.sql("select id from account where username = 'analyst'").query(Long.class).single();
		String secret = tokens.create(analyst, "newsroom feed reader", true).secret();
		MockHttpServletResponse withToken = mvc
			.perform(get("/feeds/facilities/panorama-prison.atom").header("Authorization", "Bearer " + secret))
			.andReturn().getResponse();
		assertThat(withToken.getStatus()).isEqualTo(200);
		assertThat(AtomRules.check(parse(withToken), "http://localhost/feeds/facilities/panorama-prison.atom")).isEmpty();

		publicReading.open(true);
		MockHttpServletResponse open = mvc.perform(get("/feeds/figures.atom")).andReturn().getResponse();
		assertThat(open.getStatus()).isEqualTo(200);
		assertThat(open.getHeader("Cache-Control")).startsWith("public");
		assertThat(parse(open).getDocumentElement().getLocalName()).isEqualTo("feed");
	}

	@Test
	void theFacilityPageAndTheDashboardPointToTheirFeeds() throws Exception {
		String page = analyst(get("/facilities/panorama-prison")).getContentAsString();
		assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/facilities/panorama-prison.atom\"");
		assertThat(page).contains("id=\"feed-link\" href=\"/feeds/facilities/panorama-prison.atom\"");
		assertThat(analyst(get("/")).getContentAsString()).contains("href=\"/feeds/figures.atom\"");
	}

	private MockHttpServletResponse analyst(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user("analyst").roles("ANALYST"))).andReturn().getResponse();
	}

	private static Document parse(MockHttpServletResponse response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static List<String> terms(Document feed) {
		List<String> terms = new ArrayList<>();
		for (Element entry : children(feed.getDocumentElement(), "entry")) {
			terms.add(children(entry, "category").get(0).getAttribute("term"));
		}
		return terms;
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	/** The "MUST"s of RFC 4287 sections 4.1.1 and 4.1.2 that a feed like ours can break. */
	static final class AtomRules {

		static List<String> check(Document document, String self) {
			List<String> problems = new ArrayList<>();
			Element feed = document.getDocumentElement();
			if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
				problems.add("the root is not atom:feed");
				return problems;
			}
			exactlyOne(problems, feed, "feed", "id", "title", "updated");
			boolean feedAuthor = !children(feed, "author").isEmpty();
			boolean selfLink = children(feed, "link").stream()
				.anyMatch(link -> link.getAttribute("rel").equals("self") && link.getAttribute("href").equals(self));
			if (!selfLink) {
				problems.add("no link rel=self to " + self);
			}
			date(problems, "feed updated", text(feed, "updated"));
			Set<String> ids = new HashSet<>();
			for (Element entry : children(feed, "entry")) {
				String id = text(entry, "id");
				exactlyOne(problems, entry, "entry " + id, "id", "title", "updated");
				if (!ids.add(id)) {
					problems.add("entry id repeated: " + id);
				}
				if (id == null || !id.matches("[a-z][a-z0-9+.-]*:.+")) {
					problems.add("entry id is not an IRI: " + id);
				}
				date(problems, "entry " + id + " updated", text(entry, "updated"));
				if (!children(entry, "published").isEmpty()) {
					date(problems, "entry " + id + " published", text(entry, "published"));
				}
				if (!feedAuthor && children(entry, "author").isEmpty()) {
					problems.add("entry " + id + " has no author and neither has the feed");
				}
				children(entry, "author").forEach(author -> {
					if (children(author, "name").size() != 1 || text(author, "name").isBlank()) {
						problems.add("entry " + id + " has an author without a name");
					}
				});
				boolean alternate = children(entry, "link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate"));
				if (!alternate && children(entry, "content").isEmpty()) {
					problems.add("entry " + id + " has neither content nor an alternate link");
				}
			}
			return problems;
		}

		private static void exactlyOne(List<String> problems, Element parent, String what, String... names) {
			for (String name : names) {
				if (children(parent, name).size() != 1) {
					problems.add(what + " has " + children(parent, name).size() + " " + name);
				}
			}
		}

		private static void date(List<String> problems, String what, String value) {
			if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
				problems.add(what + " is not an RFC 3339 date: " + value);
			}
		}

	}

}
