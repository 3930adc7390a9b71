package org.detaineetracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * The spreadsheet import over HTTP, as an editor uses it: upload, preview (each row's outcome,
 * problems with their line in the form's words, new records proposed, repeats of stored figures
 * marked), nothing written until confirmed, then every row in one revision or none, and the same
 * file again adds nothing. The import commits (its worker has its own transaction), so what it
 * wrote is removed afterwards.
 */
@TrackerTest
class ImportTest {

	private static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	private static final String HEADER = "facility_slug,facility_name,facility_kind,country_iso2,cohort_slug,value,qualifier,"
			+ "value_high,as_of,as_of_precision,source_outlet,source_title,source_kind,source_published_on,speaker,quote\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	/** The seeded figure of 4,500 at Panorama, as a row of the file (it is there already). */
	String repeat;

	/** A source of the seed, and its day. */
	String outlet;

	String title;

	String published;

	@BeforeEach
	void readTheSeed() {
		newRows = NewRows.mark(jdbc);
		Map<String, Object> seed = jdbc.sql("""
				select f.slug, c.slug as cohort, r.value, r.qualifier, r.as_of::text as as_of, r.as_of_precision,
				       s.outlet, s.title, s.published_on::text as published, r.speaker
				from reported_count r join facility f on f.id = r.facility_id join cohort c on c.id = r.cohort_id
				join source s on s.id = r.source_id where r.value = 4500""").query().singleRow();
		outlet = (String) seed.get("outlet");
		title = (String) seed.get("title");
		published = (String) seed.get("published");
		repeat = String.join(",", (String) seed.get("slug"), "", "", "", (String) seed.get("cohort"),
				String.valueOf(seed.get("value")), (String) seed.get("qualifier"), "", (String) seed.get("as_of"),
				(String) seed.get("as_of_precision"), quoted(outlet), quoted(title), "", "", quoted((String) seed.get("speaker")), "");
	}

	@AfterEach
	void removeWhatWasImported() {
		jdbc.sql("delete from reported_count where facility_id in (select id from facility where slug = 'camp-of-the-import')")
			.update();
		newRows.remove();
	}

	@Test
	void aPreviewShowsEveryRowsOutcomeAndWritesNothingUntilConfirmed() throws Exception {
		Map<String, Long> before = rows();
		String id = upload(file("abc"));
		Page preview = settled(id);
		assertThat(preview.text("#import-summary")).isEqualTo(
				"Rows: 5. New figures: 3. Already recorded (left out): 1. Rows with problems: 1.");
		assertThat(preview.document().select("#import-rows tr[data-line=3] .tag").text()).isEqualTo("already recorded");
		assertThat(preview.document().select("#import-rows tr[data-line=4] .row-problems li").eachText())
			.containsExactly("Value: Enter a whole number.");
		assertThat(preview.document().select("#proposals li").eachText()).anySatisfy(
				p -> assertThat(p).startsWith("Facility: Camp of the import").contains("kind CAMP", "country SY"))
			.anySatisfy(p -> assertThat(p).startsWith("Source: Import Gazette: Figures from the camp"));
		assertThat(preview.document().select("#confirm")).isEmpty();
		assertThat(preview.text("#fix-problems")).startsWith("Correct the rows with problems");
		assertThat(rows()).as("a preview writes nothing").isEqualTo(before);

		MockHttpServletResponse refused = mvc.perform(post("/imports/" + id + "/confirm").param("createProposed", "true")
			.with(csrf()).with(EDITOR)).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aCorrectedFileIsImportedInOneRevisionAndImportingItAgainAddsNothing() throws Exception {
		Map<String, Long> before = rows();
		long lastRevision = jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
		String id = upload(file("4600"));
		Page preview = settled(id);
		assertThat(preview.text("#import-summary")).isEqualTo(
				"Rows: 5. New figures: 4. Already recorded (left out): 1. Rows with problems: 0.");

		MockHttpServletResponse unconfirmed = mvc.perform(post("/imports/" + id + "/confirm").with(csrf()).with(EDITOR))
			.andReturn().getResponse();
		assertThat(unconfirmed.getStatus()).as("the new records must be confirmed").isEqualTo(400);
		assertThat(rows()).isEqualTo(before);

		mvc.perform(post("/imports/" + id + "/confirm").param("createProposed", "true").with(csrf()).with(EDITOR));
		Page done = settled(id);
		assertThat(done.text("#imported")).isEqualTo("Imported: 4 new figures in one revision (1 already recorded, left out).");
		assertThat(rows().get("reported_count")).isEqualTo(before.get("reported_count") + 4);
		assertThat(jdbc.sql("select count(distinct rev) from reported_count_aud where rev > ?").param(lastRevision)
			.query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select r.username from revision r where r.id > ?").param(lastRevision).query(String.class).list())
			.containsOnly("editor");
		assertThat(jdbc.sql("select kind || ' ' || country_code from facility where slug = 'camp-of-the-import'")
			.query(String.class).single()).isEqualTo("CAMP SY");
		Page panorama = Pages.of(mvc.perform(get("/facilities/panorama-prison").with(user("analyst").roles("ANALYST")))
			.andReturn().getResponse());
		assertThat(panorama.body()).contains("4,321", "4,600", "An imported official");

		Page again = settled(upload(file("4600")));
		assertThat(again.text("#import-summary")).isEqualTo(
				"Rows: 5. New figures: 0. Already recorded (left out): 5. Rows with problems: 0.");
		assertThat(again.document().select("#confirm")).isEmpty();
		assertThat(again.text("#nothing")).isEqualTo("Nothing to import: every row is already recorded.");
		assertThat(rows().get("reported_count")).isEqualTo(before.get("reported_count") + 4);
	}

	@Test
	void aFileLongerThanABatchKeepsItsHistoryInOneRevision() throws Exception {
		long lastRevision = jdbc.sql("select coalesce(max(id), 0) from revision").query(Long.class).single();
		int rows = FigureImport.BATCH * 2 + 200;
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < rows; i++) {
			file.append("panorama-prison,,,,isis-detainees,").append(20_000 + i).append(",EXACT,,").append(published)
				.append(",DAY,").append(quoted(outlet)).append(',').append(quoted(title)).append(",,,A batch official,\n");
		}
		String id = upload(file.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id).text("#import-summary")).startsWith("Rows: 1,200. New figures: 1,200.");
		mvc.perform(post("/imports/" + id + "/confirm").with(csrf()).with(EDITOR));
		assertThat(settled(id).text("#imported")).startsWith("Imported: 1,200 new figures in one revision");
		// the history was written in parts (every 500 rows) and is still one revision, with every figure
		assertThat(jdbc.sql("select count(distinct rev), count(*) from reported_count_aud where rev > ?").param(lastRevision)
			.query((row, n) -> row.getLong(1) + " " + row.getLong(2)).single()).isEqualTo("1 " + rows);
	}

	@Test
	void aTransferToldByTwoSourcesIsImportedAsOneMovementWithTwoReports() throws Exception {
		String other = jdbc.sql("select outlet || '|' || title from source where outlet <> ? order by id limit 1").param(outlet)
			.query(String.class).single();
		String header = "kind,from_facility_slug,to_facility_slug,cohort_slug,value,qualifier,started_on,started_precision,"
				+ "status,tally,source_outlet,source_title,speaker\n";
		String row = "TRANSFER,panorama-prison,al-hol-camp,isis-detainees,%s,EXACT,2025-01-05,DAY,COMPLETED,%s,%s,%s,%s\n";
		String twoSources = header + row.formatted("77", "BATCH", quoted(outlet), quoted(title), "A guard")
				+ row.formatted("77", "BATCH", quoted(other.split("\\|")[0]), quoted(other.split("\\|")[1]), "An official")
				+ row.formatted("78", "NOW", quoted(outlet), quoted(title), "A guard");
		Page preview = settled(upload(twoSources.getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.text("#import-summary"))
			.isEqualTo("Rows: 3. New reports: 2. Already recorded (left out): 0. Rows with problems: 1.");
		assertThat(preview.document().select("#import-rows tr[data-line=4] .row-problems li").text())
			.isEqualTo("Batch or running total: Choose batch or running total.");

		String id = upload((header + row.formatted("77", "BATCH", quoted(outlet), quoted(title), "A guard")
				+ row.formatted("77", "BATCH", quoted(other.split("\\|")[0]), quoted(other.split("\\|")[1]), "An official"))
			.getBytes(StandardCharsets.UTF_8));
		assertThat(settled(id).text("#import-rows tr[data-line=3]")).contains("Another source's report of movement");
		mvc.perform(post("/imports/" + id + "/confirm").with(csrf()).with(EDITOR));
		assertThat(settled(id).text("#imported")).startsWith("Imported: 2 new reports of movements in one revision");
		long movement = jdbc.sql("""
				select m.id from movement m join facility f on f.id = m.from_facility_id
				where f.slug = 'panorama-prison' and m.started_on = '2025-01-05'""").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from movement_report where movement_id = ?").param(movement).query(Long.class)
			.single()).isEqualTo(2);

		Page again = settled(upload((header + row.formatted("77", "BATCH", quoted(outlet), quoted(title), "A guard"))
			.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.text("#import-summary"))
			.isEqualTo("Rows: 1. New reports: 0. Already recorded (left out): 1. Rows with problems: 0.");
	}

	@Test
	void anEditorsOwnColumnsAreMatchedToOursOnThePreviewPage() throws Exception {
		String own = "Camp,People,How,Date,Outlet,Headline,Who\n"
				+ "panorama-prison,4321,OVER," + published + "," + quoted(outlet) + "," + quoted(title) + ",An imported official\n";
		String id = upload(own.getBytes(StandardCharsets.UTF_8));
		Page mapping = page("/imports/" + id);
		assertThat(mapping.text("#missing")).startsWith("The file has no column for: facility_slug or facility_name; "
				+ "cohort_slug or cohort_name; value; qualifier; as_of; source_outlet; source_title; speaker.");
		MockHttpServletResponse incomplete = mvc.perform(post("/imports/" + id + "/mapping").param("column_value", "People")
			.with(csrf()).with(EDITOR)).andReturn().getResponse();
		assertThat(incomplete.getStatus()).isEqualTo(400);

		mvc.perform(post("/imports/" + id + "/mapping").param("column_facility_slug", "Camp").param("column_value", "People")
			.param("column_qualifier", "How").param("column_as_of", "Date").param("column_source_outlet", "Outlet")
			.param("column_source_title", "Headline").param("column_speaker", "Who").param("column_cohort_name", "Nowhere")
			.with(csrf()).with(EDITOR));
		// cohort still unmapped ("Nowhere" is not a column of the file): the mapping is asked for again
		assertThat(page("/imports/" + id).text("#missing")).contains("cohort_slug or cohort_name");
	}

	@Test
	void aFileThatIsNotCsvTextIsRefusedWithTheReason() throws Exception {
		for (byte[] content : List.of(new byte[0], new byte[] { (byte) 0xff, (byte) 0xfe, 0x00, 0x41, (byte) 0xc3, 0x28 })) {
			MockHttpServletResponse answer = mvc.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "figures.csv", "text/csv", content)).with(csrf()).with(EDITOR))
				.andReturn().getResponse();
			assertThat(answer.getStatus()).isEqualTo(400);
			assertThat(Pages.of(answer).text("#error-summary")).startsWith("The file could not be read:");
		}
	}

	@Test
	void anImportIsItsEditorsAndEditorsAlone() throws Exception {
		String id = upload(file("4600"));
		settled(id);
		assertThat(mvc.perform(get("/imports/" + id).with(user("another-editor").roles("EDITOR"))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/imports/" + id).with(user("analyst").roles("ANALYST"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/imports/new").with(user("analyst").roles("ANALYST"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	/** Five rows: new at Panorama, the seed's repeat, one whose value is given, a new camp, a new source. */
	private byte[] file(String thirdValue) {
		String rows = HEADER
				+ "panorama-prison,,,,isis-detainees,4321,OVER,," + published + ",DAY," + quoted(outlet) + "," + quoted(title)
				+ ",,,An imported official,\"More than 4,321\"\n"
				+ repeat + "\n"
				+ "panorama-prison,,,,isis-detainees," + thirdValue + ",EXACT,," + published + ",DAY," + quoted(outlet) + ","
				+ quoted(title) + ",,,An imported official,\n"
				+ ",Camp of the import,CAMP,SY,isis-detainees,120,APPROXIMATE,," + published + ",DAY," + quoted(outlet) + ","
				+ quoted(title) + ",,,A camp official,\n"
				+ ",Camp of the import,CAMP,SY,isis-detainees,130,EXACT,,2026-01-10,DAY,Import Gazette,Figures from the camp,"
				+ "NEWS,2026-01-10,A camp official,\n";
		return rows.getBytes(StandardCharsets.UTF_8);
	}

	private String upload(byte[] content) throws Exception {
		MockHttpServletResponse answer = mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", "figures.csv", "text/csv", content)).with(csrf()).with(EDITOR))
			.andReturn().getResponse();
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
		return answer.getRedirectedUrl().substring("/imports/".length());
	}

	/** The import's page once its file has been read (the worker runs beside the request). */
	private Page settled(String id) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			Page page = page("/imports/" + id);
			if (page.document().select("#progress").isEmpty() || Instant.now().isAfter(until)) {
				assertThat(page.document().select("#failure")).isEmpty();
				return page;
			}
			Thread.sleep(50);
		}
	}

	private Page page(String url) throws Exception {
		return Pages.of(mvc.perform(get(url).with(EDITOR)).andReturn().getResponse());
	}

	private Map<String, Long> rows() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("reported_count", "facility", "source", "cohort", "custody_holder", "revision")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
