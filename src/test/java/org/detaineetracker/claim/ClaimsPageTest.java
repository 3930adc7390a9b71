package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.claim.reading.ClaimKind;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TrackerTest;

/**
 * The claim finder as an editor uses it: paste, see the candidates marked and explained, accept one
 * into a filled-in form, save it, and find its passage on the figure and the facility.
 */
@TrackerTest
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class ClaimsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	EntityManager entities;

	MockHttpSession session;

	long source;

	long alHol;

	long panorama;

	@BeforeEach
	void aSourcePublishedAfterTheReport() {
		session = new MockHttpSession();
		jdbc.sql("""
				insert into source (outlet, title, kind, published_on, published_precision)
				values ('Test Gazette', 'Camps in the northeast', 'NEWS', '2026-03-05', 'DAY')""").update();
		source = id("select id from source where outlet = 'Test Gazette'");
		alHol = id("select id from facility where slug = 'al-hol-camp'");
		panorama = id("select id from facility where slug = 'panorama-prison'");
	}

	@Test
	void thePasteFormOffersSourcesAndAWayToAddOne() throws Exception {
		Page page = page(get("/claims/new").param("source", String.valueOf(source)));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("select#source option[selected]").text()).startsWith("Test Gazette");
		assertThat(page.document().select("textarea#text")).hasSize(1);
		assertThat(page.document().select("a#new-source").attr("href")).isEqualTo("/sources/new?forClaims=true");
		assertThat(page.document().select("nav a[href=/claims/new]").text()).isEqualTo("Find figures");
		assertThat(page.document().select("script[src=/js/claims.js]")).hasSize(1);
	}

	@Test
	void everyCandidateIsMarkedInTheTextAndExplained() throws Exception {
		Page page = read(ClaimArticles.CAMP_REPORT);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#summary")).isEqualTo(
				"8 candidates, 3 likely, in " + ClaimArticles.CAMP_REPORT.length() + " characters.");
		// the text is shown whole, with a mark around each candidate's words
		assertThat(page.text("#text p")).contains("Camp officials in northeast Syria said on 3 March 2026");
		assertThat(page.document().select("#text mark")).hasSize(8);
		assertThat(page.document().select("#text mark.likely").eachText()).containsExactly("nearly 6,000", "about 400",
				"Between 60 and 90");
		assertThat(page.document().select("#text mark.unlikely").eachText()).containsExactly("3", "2026", "2019", "12",
				"150");
		// the likely candidates come first; the unlikely ones are folded away under their count
		assertThat(page.document().select("#likely-candidates > li.candidate .candidate-head .figure").eachText())
			.containsExactly("nearly 6,000", "about 400", "between 60 and 90");
		assertThat(page.document().select("details#unlikely-candidates:not([open]) li.candidate")).hasSize(5);
		assertThat(page.text("#unlikely-candidates > summary")).startsWith("5 numbers that are probably not a count of people");
		// reasons in an editor's words, never a qualifier's code
		assertThat(page.document().select("ul.reasons li").eachText())
			.noneMatch(reason -> reason.matches(".*: (EXACT|NEARLY|APPROXIMATE|RANGE|HELD|MOVED)$"));

		Element nearly = candidate(page, "nearly 6,000");
		assertThat(nearly.hasClass("likely")).isTrue();
		assertThat(nearly.select(".candidate-head .tag").text()).isEqualTo("held");
		assertThat(nearly.select("dd.cohort").text()).isEqualTo("ISIS-affiliated women and children (“women”)");
		// matched on an alias from the database
		assertThat(nearly.select("dd.facility").text()).isEqualTo("al-Hol camp (“al-Hawl”)");
		assertThat(nearly.select("dd.speaker").text()).isEqualTo("Camp officials in northeast Syria");
		assertThat(nearly.select("dd.date").text()).isEqualTo("3 March 2026 (read as 3 March 2026)");
		assertThat(nearly.select("ul.reasons li").eachText()).contains("“nearly” before it: read as a little under that",
				"counts people: “women” follows it");
		assertThat(nearly.select("a.show-in-text").attr("href")).isEqualTo("#mark-3");
		assertThat(page.document().select("mark#mark-3").text()).isEqualTo("nearly 6,000");
		assertThat(nearly.select("a.accept-movement")).isEmpty();

		Element moved = candidate(page, "about 400");
		assertThat(moved.select(".candidate-head .tag").text()).isEqualTo("moved");
		assertThat(moved.select("dd.facility").text()).isEqualTo("Panorama prison (“Panorama prison”)");
		assertThat(moved.select("dd.speaker").text()).isEqualTo("Col. Amira Haddad");
		assertThat(moved.select("dd.date").text()).isEqualTo("last week (enter the date yourself)");
		assertThat(moved.select("a.accept-movement")).hasSize(1);

		Element range = candidate(page, "between 60 and 90");
		assertThat(range.select(".candidate-head .tag").text()).isEqualTo("escaped");
		assertThat(range.select("dd.cohort").text()).isEqualTo("ISIS detainees (“fighters”)");
		// a date without its year is placed before the source's publication
		assertThat(range.select("dd.date").text()).isEqualTo("late February (read as February 2026)");

		Element guards = candidate(page, "150");
		assertThat(guards.hasClass("unlikely")).isTrue();
		assertThat(guards.select(".candidate-head .tag.warn").text()).isEqualTo("unlikely");
		assertThat(guards.select(".unlikely-reason").text()).startsWith(
				"Probably not a count of people: it counts troops, guards or staff (“guards”)");
		// an editor may still overrule it
		assertThat(guards.select("a.accept-count")).hasSize(1);
	}

	@Test
	void acceptingACandidateOpensTheFigureFormFilledInWithItsPassage() throws Exception {
		Page reading = read(ClaimArticles.CAMP_REPORT);
		String link = candidate(reading, "nearly 6,000").select("a.accept-count").attr("href");
		assertThat(link).startsWith("/counts/new?");
		Map<String, String> query = query(link);
		assertThat(query).containsEntry("facility", String.valueOf(alHol))
			.containsEntry("source", String.valueOf(source))
			.containsEntry("value", "6000")
			.containsEntry("qualifier", "NEARLY")
			.containsEntry("asOf", "2026-03-03")
			.containsEntry("asOfPrecision", "DAY")
			.containsEntry("speaker", "Camp officials in northeast Syria");
		String sentence = "Camp officials in northeast Syria said on 3 March 2026 that nearly 6,000 women and children remain at al-Hawl.";
		assertThat(query).containsEntry("passageText", sentence)
			.containsEntry("passageStart", "0")
			.containsEntry("passageEnd", String.valueOf(sentence.length()));
		assertThat(query.get("pastedTextSha256")).matches("[0-9a-f]{64}");

		Page form = page(get(URI.create(link)));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("select#facility option[selected]").text()).isEqualTo("al-Hol camp");
		assertThat(form.document().select("select#cohort option[selected]").text())
			.isEqualTo("ISIS-affiliated women and children");
		assertThat(form.document().select("select#source option[selected]").text()).startsWith("Test Gazette");
		assertThat(form.document().select("select#qualifier option[selected]").attr("value")).isEqualTo("NEARLY");
		assertThat(form.document().select("input#value").attr("value")).isEqualTo("6000");
		assertThat(form.document().select("input#asOf").attr("value")).isEqualTo("2026-03-03");
		assertThat(form.document().select("input#speaker").attr("value")).isEqualTo("Camp officials in northeast Syria");
		// the passage is the quote until the editor shortens it, and travels in hidden fields
		assertThat(form.document().select("textarea#quote").text()).isEqualTo(sentence);
		assertThat(form.text("#passage blockquote")).isEqualTo(sentence);
		assertThat(form.document().select("input[type=hidden][name=passageText]").attr("value")).isEqualTo(sentence);
		assertThat(form.document().select("input[type=hidden][name=passageEnd]").attr("value"))
			.isEqualTo(String.valueOf(sentence.length()));
	}

	@Test
	void aSavedFigureKeepsItsPassageAndShowsItOnTheFigureAndTheFacility() throws Exception {
		Page reading = read(ClaimArticles.CAMP_REPORT);
		Map<String, String> fields = query(candidate(reading, "nearly 6,000").select("a.accept-count").attr("href"));
		// the editor shortens the quote and names the holder; the passage stays as read
		fields.put("quote", "nearly 6,000 women and children remain at al-Hawl");
		fields.put("custodyHolder", String.valueOf(id("select id from custody_holder where slug = 'syrian-government'")));
		MockHttpServletResponse saved = submit("/counts", fields);
		assertThat(saved.getStatus()).isEqualTo(302);
		long count = Long.parseLong(saved.getRedirectedUrl().substring("/counts/".length()));

		Map<String, Object> row = jdbc.sql("""
				select passage_start, passage_end, passage_text, pasted_text_sha256, quote, value, qualifier, as_of
				from reported_count where id = ?""").param(count).query().singleRow();
		assertThat(row).containsEntry("passage_start", 0)
			.containsEntry("passage_end", 110)
			.containsEntry("passage_text", ClaimArticles.CAMP_REPORT.lines().findFirst().orElseThrow())
			.containsEntry("pasted_text_sha256", fields.get("pastedTextSha256"))
			.containsEntry("value", 6000)
			.containsEntry("qualifier", "NEARLY");

		Page figure = page(get("/counts/" + count));
		assertThat(figure.text("#passage")).isEqualTo("From the passage at characters 0–110 of the pasted text: "
				+ "Camp officials in northeast Syria said on 3 March 2026 that nearly 6,000 women and children remain at al-Hawl.");
		assertThat(figure.text("blockquote.quote p")).isEqualTo("nearly 6,000 women and children remain at al-Hawl");

		Page facility = page(get("/facilities/al-hol-camp"));
		assertThat(facility.text("#count-" + count)).contains("nearly 6,000",
				"From the passage at characters 0–110 of the pasted text:", "remain at al-Hawl.");

		// reading the same article again shows what is already recorded from it
		Page again = read(ClaimArticles.CAMP_REPORT);
		assertThat(candidate(again, "nearly 6,000").select(".recorded a").attr("href")).isEqualTo("/counts/" + count);
		assertThat(candidate(again, "about 400").select(".recorded")).isEmpty();
	}

	@Test
	void whenTheQuoteIsThePassageItIsShownOnce() throws Exception {
		Map<String, String> fields = query(candidate(read(ClaimArticles.CAMP_REPORT), "nearly 6,000")
			.select("a.accept-count").attr("href"));
		fields.put("quote", fields.get("passageText"));
		MockHttpServletResponse saved = submit("/counts", fields);
		assertThat(saved.getStatus()).isEqualTo(302);
		Page figure = page(get(saved.getRedirectedUrl()));
		assertThat(figure.document().select("blockquote.quote")).isEmpty();
		assertThat(figure.text("#passage")).contains("remain at al-Hawl.");
		Page facility = page(get("/facilities/al-hol-camp"));
		assertThat(facility.document().select("#count-" + saved.getRedirectedUrl().substring("/counts/".length()) + " q"))
			.hasSize(1);
	}

	@Test
	void aMovementIsAcceptedIntoTheMovementFormAndKeepsItsPassage() throws Exception {
		Page reading = read(ClaimArticles.CAMP_REPORT);
		String link = candidate(reading, "about 400").select("a.accept-movement").attr("href");
		Map<String, String> fields = query(link);
		assertThat(fields).containsEntry("kind", "TRANSFER")
			.containsEntry("from", String.valueOf(panorama))
			.containsEntry("value", "400")
			.containsEntry("qualifier", "APPROXIMATE");
		Page form = page(get(URI.create(link)));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("select#kind option[selected]").attr("value")).isEqualTo("TRANSFER");
		assertThat(form.text("#passage blockquote")).startsWith("\"We moved about 400 detainees");

		// the editor keeps the quote the form offers and corrects what the finder could not know
		fields.put("quote", form.document().select("textarea#quote").text());
		fields.put("from", String.valueOf(alHol));
		fields.put("to", String.valueOf(panorama));
		fields.put("cohort", String.valueOf(id("select id from cohort where slug = 'isis-detainees'")));
		fields.put("status", "COMPLETED");
		fields.put("tally", "BATCH");
		fields.put("startedOn", "2026-02-24");
		fields.put("startedPrecision", "DAY");
		MockHttpServletResponse saved = submit("/movements", fields);
		assertThat(saved.getStatus()).isEqualTo(302);
		Map<String, Object> row = jdbc.sql("select passage_start, passage_text, quote from movement where value = 400 "
				+ "and pasted_text_sha256 = ?").param(fields.get("pastedTextSha256")).query().singleRow();
		assertThat(row.get("passage_text")).isEqualTo(row.get("quote"));
		assertThat((String) row.get("passage_text")).startsWith("\"We moved about 400 detainees to Panorama prison");
		assertThat(page(get("/facilities/al-hol-camp")).text("#movements-out")).contains("From the passage at characters");
	}

	@Test
	void aTamperedPassageIsRefusedAndNothingIsSaved() throws Exception {
		Map<String, String> fields = query(candidate(read(ClaimArticles.CAMP_REPORT), "nearly 6,000")
			.select("a.accept-count").attr("href"));
		long before = rows();
		Map<String, String> shifted = new LinkedHashMap<>(fields);
		shifted.put("passageEnd", "20");
		Page mismatch = Pages.of(submit("/counts", shifted));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.text("#passage .field-error"))
			.isEqualTo("The passage does not match its position in the pasted text; accept it again from the claim finder.");
		Map<String, String> backwards = new LinkedHashMap<>(fields);
		backwards.put("passageStart", "200");
		assertThat(Pages.of(submit("/counts", backwards)).text("#error-summary")).contains("Start of the passage");
		Map<String, String> incomplete = new LinkedHashMap<>(fields);
		incomplete.remove("passageText");
		incomplete.put("quote", "nearly 6,000");
		assertThat(Pages.of(submit("/counts", incomplete)).text("#passage .field-error")).contains("incomplete");
		Map<String, String> badFingerprint = new LinkedHashMap<>(fields);
		badFingerprint.put("pastedTextSha256", "not-a-hash");
		assertThat(submit("/counts", badFingerprint).getStatus()).isEqualTo(400);
		assertThat(rows()).isEqualTo(before);
	}

	/**
	 * Invented passage fields, consistent in themselves, were once saved and shown as "From the
	 * passage …". A passage must carry this server's signature of exactly its offsets, text and text
	 * fingerprint, which only the claim finder's accept links give.
	 */
	@Test
	void aForgedOrAlteredPassageIsRefusedAndNothingIsSaved() throws Exception {
		Map<String, String> fields = query(candidate(read(ClaimArticles.CAMP_REPORT), "nearly 6,000")
			.select("a.accept-count").attr("href"));
		assertThat(fields.get("passageSignature")).matches("[A-Za-z0-9_-]{43}");
		long before = rows();
		String refused = "This passage was not read by the claim finder here, or it was changed since (or the "
				+ "application restarted since it was read); accept it again from the claim finder.";

		Map<String, String> forged = new LinkedHashMap<>(fields);
		forged.remove("passageSignature");
		forged.put("passageText", "Officials said 60,000 fighters escaped.");
		forged.put("passageStart", "0");
		forged.put("passageEnd", String.valueOf("Officials said 60,000 fighters escaped.".length()));
		forged.put("pastedTextSha256", "0".repeat(64));
		Page unsigned = Pages.of(submit("/counts", forged));
		assertThat(unsigned.status()).isEqualTo(400);
		assertThat(unsigned.text("#passage .field-error")).isEqualTo(refused);

		Map<String, String> borrowed = new LinkedHashMap<>(forged);
		borrowed.put("passageSignature", fields.get("passageSignature"));
		assertThat(Pages.of(submit("/counts", borrowed)).text("#passage .field-error")).isEqualTo(refused);

		// the same length, one word changed: the offsets still agree, the signature does not
		Map<String, String> altered = new LinkedHashMap<>(fields);
		altered.put("passageText", fields.get("passageText").replace("nearly 6,000", "nearly 9,000"));
		Page changed = Pages.of(submit("/counts", altered));
		assertThat(changed.status()).isEqualTo(400);
		assertThat(changed.text("#passage .field-error")).isEqualTo(refused);
		// the form keeps the passage and its signature, so correcting a field does not lose them
		assertThat(changed.document().select("input[type=hidden][name=passageSignature]").attr("value"))
			.isEqualTo(fields.get("passageSignature"));

		Map<String, String> otherText = new LinkedHashMap<>(fields);
		otherText.put("pastedTextSha256", "f".repeat(64));
		assertThat(Pages.of(submit("/counts", otherText)).text("#passage .field-error")).isEqualTo(refused);

		Map<String, String> movement = query(candidate(read(ClaimArticles.CAMP_REPORT), "about 400")
			.select("a.accept-movement").attr("href"));
		movement.put("passageSignature", fields.get("passageSignature"));
		movement.put("quote", "about 400");
		Page movementForm = Pages.of(submit("/movements", movement));
		assertThat(movementForm.status()).isEqualTo(400);
		assertThat(movementForm.text("#passage .field-error")).isEqualTo(refused);
		assertThat(rows()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from movement where pasted_text_sha256 is not null").query(Long.class).single())
			.isZero();
	}

	@Test
	void anEmptyPasteIsRefusedWithAMessage() throws Exception {
		for (String empty : new String[] { "", "   \n\t  " }) {
			Page page = Pages.of(submit("/claims", Map.of("text", empty)));
			assertThat(page.status()).isEqualTo(400);
			assertThat(page.text("#text-help .field-error")).isEqualTo("Paste the text of an article or statement first.");
		}
		Page noText = Pages.of(submit("/claims", Map.of("text", "<div><img src=x.png></div>")));
		assertThat(noText.status()).isEqualTo(400);
		assertThat(noText.text("#text-help .field-error")).isEqualTo("The pasted HTML holds no text to read.");
		assertThat(session.getAttribute(ClaimsController.PASTED)).isNull();
	}

	@Test
	void aTextOverTheLimitIsRefusedWith413AndSaysHowLongItWas() throws Exception {
		String tooLong = "Nearly 6,000 detainees are held. ".repeat(6061);
		assertThat(tooLong.length()).isGreaterThan(ClaimLimits.MAX_TEXT_CHARS);
		Page page = Pages.of(submit("/claims", Map.of("text", tooLong)));
		assertThat(page.status()).isEqualTo(413);
		assertThat(page.text("#text-help .field-error")).isEqualTo("This text has " + String.format("%,d", tooLong.length())
				+ " characters; the finder reads at most 200,000 at a time. Paste a shorter extract, such as the part about detainees.");
		// not sent back: the form is empty again
		assertThat(page.document().select("textarea#text").text().length()).isZero();
		// exactly at the limit is read
		String atLimit = tooLong.substring(0, ClaimLimits.MAX_TEXT_CHARS);
		assertThat(submit("/claims", Map.of("text", atLimit)).getStatus()).isEqualTo(302);
	}

	@Test
	void aBodyLargerThanTwoMegabytesIsRefusedBeforeAnythingReadsIt() throws Exception {
		byte[] huge = new byte[(int) ClaimLimits.MAX_REQUEST.toBytes() + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		MockHttpServletResponse response = mvc.perform(post("/claims").with(csrf())
			.contentType("application/x-www-form-urlencoded")
			.content(huge)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getErrorMessage()).startsWith("The text is too long: the claim finder reads at most 200,000");
	}

	@Test
	void binaryDataIsRefusedAndStrayControlCharactersAreDropped() throws Exception {
		Page binary = Pages.of(submit("/claims", Map.of("text", "PK\u0003\u0004\u0000\u0000\u0008binary")));
		assertThat(binary.status()).isEqualTo(400);
		assertThat(binary.text("#text-help .field-error")).startsWith("This looks like the bytes of a file rather than text");
		Page manyControls = Pages.of(submit("/claims", Map.of("text", "\u0001\u0002\u0003\u0004\u0005 text")));
		assertThat(manyControls.status()).isEqualTo(400);

		Page cleaned = read("Nearly 6,000\u001b detainees are held\u0007 at al-Hawl.");
		assertThat(cleaned.status()).isEqualTo(200);
		assertThat(cleaned.text("#control-notice")).startsWith("2 control characters were removed");
		assertThat(cleaned.document().select("#text mark.likely").text()).isEqualTo("Nearly 6,000");
		assertThat(cleaned.text("#text p")).isEqualTo("Nearly 6,000 detainees are held at al-Hawl.");
	}

	@Test
	void pastedHtmlIsReadAsTheTextABrowserShows() throws Exception {
		Page page = read(ClaimArticles.CAMP_REPORT_HTML);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#html-notice")).startsWith("The pasted HTML was reduced");
		assertThat(page.text("#text")).doesNotContain("<p>", "<b>", "12345", "color: red");
		assertThat(page.document().select("#text mark.likely").eachText()).containsExactly("nearly 6,000",
				"Between 60 and 90");
		// markup in the text is shown as text, never interpreted
		Page script = read("<p>Nearly 600 detainees &lt;script&gt;alert(1)&lt;/script&gt; were moved.</p>");
		assertThat(script.document().select("#text script")).isEmpty();
		assertThat(script.text("#text")).contains("<script>alert(1)</script>");
	}

	@Test
	void arabicIsShownRightToLeftAndItsFiguresAreRead() throws Exception {
		Page page = read(ClaimArticles.ARABIC);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#text p").attr("dir")).isEqualTo("auto");
		assertThat(page.document().select("#text mark.likely").text()).isEqualTo("أكثر من ٨٠٠٠");
		Element over = page.document().select("li.candidate").first();
		assertThat(over.select(".figure").text()).isEqualTo("over 8,000");
		assertThat(query(over.select("a.accept-count").attr("href"))).containsEntry("value", "8000")
			.containsEntry("qualifier", "OVER")
			.containsEntry("passageText", ClaimArticles.ARABIC.substring(1));
	}

	@Test
	void theReadingRemembersTheTextAndASourceAddedOnTheWay() throws Exception {
		assertThat(mvc.perform(get("/claims/reading").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/claims/new");
		read(ClaimArticles.CAMP_REPORT);
		Page reading = page(get("/claims/reading"));
		assertThat(reading.document().select("#no-source")).isEmpty();

		// a source added from the reading comes back to it, chosen
		Page sourceForm = page(get("/sources/new").param("forClaims", "true"));
		assertThat(sourceForm.document().select("input[type=hidden][name=forClaims]").attr("value")).isEqualTo("true");
		Map<String, String> newSource = new LinkedHashMap<>();
		newSource.put("outlet", "Second Gazette");
		newSource.put("title", "A later report");
		newSource.put("kind", "NEWS");
		newSource.put("publishedOn", "2026-03-10");
		newSource.put("publishedPrecision", "DAY");
		newSource.put("forClaims", "true");
		MockHttpServletResponse saved = submit("/sources", newSource);
		long second = id("select id from source where outlet = 'Second Gazette'");
		assertThat(saved.getRedirectedUrl()).isEqualTo("/claims/reading?source=" + second);
		Page back = page(get(saved.getRedirectedUrl()));
		assertThat(back.document().select("select#source option[selected]").text()).startsWith("Second Gazette");
		assertThat(query(candidate(back, "nearly 6,000").select("a.accept-count").attr("href")))
			.containsEntry("source", String.valueOf(second));

		// and the text can be changed
		Page resumed = page(get("/claims/new").param("resume", "true"));
		assertThat(resumed.document().select("textarea#text").text()).contains("nearly 6,000 women and children");
		assertThat(resumed.document().select("select#source option[selected]").text()).startsWith("Second Gazette");
	}

	@Test
	void aReadingWithoutASourceSaysSoAndLeavesDatesWithoutAYearToTheEditor() throws Exception {
		Page page = readWith(ClaimArticles.CAMP_REPORT, null);
		assertThat(page.text("#no-source")).startsWith("No source is chosen");
		Element range = candidate(page, "between 60 and 90");
		assertThat(range.select("dd.date").text()).isEqualTo("late February (enter the date yourself)");
		assertThat(query(range.select("a.accept-count").attr("href"))).doesNotContainKeys("source", "asOf");
	}

	/**
	 * The reading needs four statements however long the text: the chosen source, every facility
	 * name and cohort, what was recorded from this text, and the sources to choose from.
	 */
	@Test
	void theReadingHasAFixedStatementBudget() throws Exception {
		read(ClaimArticles.CAMP_REPORT);
		// as in a request of its own: nothing loaded yet (this test's transaction spans the requests)
		entities.clear();
		statements.reset();
		assertThat(page(get("/claims/reading")).status()).isEqualTo(200);
		assertThat(statements.count()).as(String.join("\n", statements.statements())).isEqualTo(4);

		read(("Nearly 6,000 detainees remain at al-Hawl. About 400 were moved to Panorama prison. ").repeat(500));
		entities.clear();
		statements.reset();
		// 1,000 candidates, shown 200 a page (the page's size is bounded whatever the text)
		Page first = page(get("/claims/reading"));
		assertThat(first.text("#summary")).startsWith("1,000 candidates, 1,000 likely");
		assertThat(first.document().select("#text mark")).hasSize(Reading.PAGE_SIZE);
		assertThat(statements.count()).isEqualTo(4);
		entities.clear();
		statements.reset();
		assertThat(page(get("/claims/reading").param("page", "4")).document().select("#text mark"))
			.hasSize(Reading.PAGE_SIZE);
		assertThat(statements.count()).isEqualTo(4);

		statements.reset();
		assertThat(page(get("/claims/new")).status()).isEqualTo(200);
		assertThat(statements.count()).isEqualTo(1);
	}

	@Test
	void everyKindOfCandidateHasALabel() throws Exception {
		java.util.Properties messages = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (ClaimKind kind : ClaimKind.values()) {
			assertThat(messages).containsKey("claims.kind." + kind);
		}
	}

	private Page read(String text) throws Exception {
		return readWith(text, source);
	}

	@Test
	void aTextWithManyCandidatesIsShownAPageAtATime() throws Exception {
		Page first = readWith("1 ".repeat(1_000), source);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.text("#summary")).isEqualTo("1,000 candidates, 0 likely, in 2,000 characters.");
		assertThat(first.text("#paged-notice")).isEqualTo(
				"Showing candidates 1–200 of 1,000: the text marks only these. The pages below show the rest.");
		assertThat(first.document().select("li.candidate")).hasSize(Reading.PAGE_SIZE);
		assertThat(first.document().select("#text mark")).hasSize(Reading.PAGE_SIZE);
		assertThat(first.document().select("li.candidate").first().id()).isEqualTo("candidate-1");
		assertThat(first.text(".pagination span")).isEqualTo("Page 1 of 5");
		String next = first.document().select(".pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/claims/reading?page=1");

		Page second = page(get(next));
		assertThat(second.text("#paged-notice")).startsWith("Showing candidates 201–400 of 1,000");
		assertThat(second.document().select("li.candidate").first().id()).isEqualTo("candidate-201");
		assertThat(second.document().select("#text mark").first().attr("data-candidate")).isEqualTo("201");

		// past the last page: the last page
		Page beyond = page(get("/claims/reading").param("page", "99"));
		assertThat(beyond.status()).isEqualTo(200);
		assertThat(beyond.document().select("li.candidate").last().id()).isEqualTo("candidate-1000");
		assertThat(beyond.text(".pagination span")).isEqualTo("Page 5 of 5");
	}

	@Test
	void textsThatOnceFailedTheFinderAreRead() throws Exception {
		Page dots = readWith(".. 6", source);
		assertThat(dots.status()).isEqualTo(200);
		assertThat(dots.document().select("li.candidate")).hasSize(1);
		Page nested = readWith("<div>".repeat(3000) + "x", source);
		assertThat(nested.status()).isEqualTo(200);
		assertThat(nested.document().select("#no-candidates")).hasSize(1);
		assertThat(nested.text("#text")).isEqualTo("The text x");
	}

	private Page readWith(String text, Long sourceId) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("text", text);
		if (sourceId != null) {
			fields.put("source", String.valueOf(sourceId));
		}
		MockHttpServletResponse posted = submit("/claims", fields);
		assertThat(posted.getStatus()).as(posted.getContentAsString()).isEqualTo(302);
		assertThat(posted.getRedirectedUrl()).isEqualTo("/claims/reading");
		return page(get("/claims/reading"));
	}

	private static Element candidate(Page page, String figure) {
		return page.document()
			.select("li.candidate")
			.stream()
			.filter(li -> li.select(".candidate-head .figure").text().equals(figure))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidate " + figure + " in " + page.text("#candidates")));
	}

	/** The query parameters of a link, decoded as the server decodes them. */
	private static Map<String, String> query(String link) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(link).getRawQuery();
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		return Pages.of(mvc.perform(request.session(session)).andReturn().getResponse());
	}

	private MockHttpServletResponse submit(String url, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).session(session);
		fields.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private long rows() {
		return jdbc.sql("select count(*) from reported_count").query(Long.class).single();
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
