package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.detaineetracker.account.PublicReading;
import org.detaineetracker.kernel.Audience;
import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.EndpointCatalog.Row;
import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * Internal records reach signed-in accounts and nobody else. An editor records, through the forms,
 * an internal source with a figure from it, an internal figure from a public source, an internal
 * movement and a public source that cites the internal one; then every page and API answer a
 * visitor may open with public reading on is read, and none may carry any trace of them — their
 * words, their numbers, or estimates moved by them. The same answers for a signed-in analyst show
 * them, so their absence means something. The writes commit (as an editor's do), so that the
 * reads go through fresh connections as they do in production, and are removed afterwards.
 */
@TrackerTest
class InternalRecordsTest {

	/** In every text the editor writes, so any page that shows one of those records is caught. */
	private static final String MARK = "Qx7internal";

	/** The figures' values, written as pages and the API write them. */
	private static final List<String> VALUES = List.of("987,654", "987654", "876,543", "876543", "765,432", "765432");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicReading publicReading;

	NewRows newRows;

	long panorama;

	long internalSource;

	long citingSource;

	long figureFromInternalSource;

	long internalFigure;

	long internalMovement;

	@BeforeEach
	void anEditorRecordsInternalRecords() throws Exception {
		newRows = NewRows.mark(jdbc);
		panorama = id("select id from facility where slug = 'panorama-prison'");
		long detainees = id("select id from cohort where slug = 'isis-detainees'");
		long politico = id("select min(id) from source where outlet = 'Politico'");
		String politicoPublished = jdbc.sql("select published_on::text from source where id = ?").param(politico)
			.query(String.class).single();

		internalSource = created("/sources", Map.of("outlet", "Outlet " + MARK, "title", "Dossier " + MARK, "kind", "REPORT",
				"publishedOn", "2026-01-20", "publishedPrecision", "DAY", "internal", "true"));
		citingSource = created("/sources", Map.of("outlet", "Repeater " + MARK, "title", "Citing " + MARK, "kind", "NEWS",
				"publishedOn", "2026-01-21", "publishedPrecision", "DAY", "cites", String.valueOf(internalSource)));

		Map<String, String> figure = new LinkedHashMap<>(Map.of("facility", String.valueOf(panorama), "cohort",
				String.valueOf(detainees), "qualifier", "EXACT", "asOf", "2025-12-01", "asOfPrecision", "DAY"));
		figureFromInternalSource = created("/counts", with(figure, "value", "987654", "source", String.valueOf(internalSource),
				"speaker", "Speaker " + MARK));
		internalFigure = created("/counts", with(figure, "value", "876543", "source", String.valueOf(politico), "speaker",
				"Official " + MARK, "internal", "true", "asOf", politicoPublished));

		Map<String, String> movement = new LinkedHashMap<>(Map.of("kind", "TRANSFER", "status", "COMPLETED", "from",
				String.valueOf(panorama), "cohort", String.valueOf(detainees), "qualifier", "EXACT", "tally", "BATCH",
				"startedOn", politicoPublished, "startedPrecision", "DAY", "source", String.valueOf(politico)));
		created("/movements", with(movement, "value", "765432", "speaker", "Mover " + MARK, "internal", "true"));
		// a new movement is shown on its origin's page, so its id is read back
		internalMovement = id("select max(id) from movement");
	}

	@AfterEach
	void removeWhatTheEditorWrote() {
		publicReading.open(false);
		newRows.remove();
	}

	@Test
	void noPublicAnswerCarriesATraceOfAnInternalRecord() throws Exception {
		Map<String, Row> catalog = EndpointCatalog.loadWithPublicReading(jdbc);
		List<String> readable = new ArrayList<>();
		catalog.forEach((endpoint, row) -> {
			if (endpoint.startsWith("GET ") && row.anonymous() == 200 && !endpoint.equals("GET /login")) {
				readable.add(row.path());
			}
		});
		readable.addAll(List.of("/facilities/panorama-prison", "/search?q=Dossier", "/search?q=Repeater", "/sources?q=Dossier",
				"/api/counts?facility=panorama-prison", "/api/movements", "/api/sources", "/api/populations",
				"/api/facilities/panorama-prison/counts", "/movements?facility=panorama-prison"));

		// Signed in first: what is kept per data version must not pass from members to the public.
		Page member = page(get("/facilities/panorama-prison").with(user("analyst").roles("ANALYST")));
		assertThat(member.body()).contains("Speaker " + MARK, "Official " + MARK, "987,654", "876,543");
		for (String url : readable) {
			page(get(url).with(user("analyst").roles("ANALYST")));
		}

		publicReading.open(true);
		List<String> leaks = new ArrayList<>();
		for (String url : readable) {
			Page page = page(get(url));
			assertThat(page.status()).as(url).isEqualTo(200);
			if (page.body().contains(MARK) || VALUES.stream().anyMatch(page.body()::contains)) {
				leaks.add(url);
			}
		}
		assertThat(leaks).as("public answers showing an internal record").isEmpty();
		assertThat(readable).hasSizeGreaterThan(30);
	}

	@Test
	void anInternalRecordIsNotFoundByAPublicReaderAndMarkedForMembers() throws Exception {
		List<String> records = List.of("/sources/" + internalSource, "/sources/" + citingSource,
				"/counts/" + figureFromInternalSource, "/counts/" + internalFigure, "/movements/" + internalMovement,
				"/api/sources/" + internalSource);
		for (String url : records) {
			assertThat(page(get(url).with(user("analyst").roles("ANALYST"))).status()).as(url).isEqualTo(200);
		}
		assertThat(page(get("/counts/" + internalFigure).with(user("analyst").roles("ANALYST"))).text("#internal-note"))
			.startsWith("Internal");
		assertThat(page(get("/sources/" + internalSource).with(user("analyst").roles("ANALYST"))).text("#internal-note"))
			.startsWith("Internal");
		assertThat(page(get("/movements/" + internalMovement).with(user("analyst").roles("ANALYST"))).text("#internal-note"))
			.startsWith("Internal");
		// the figure from an internal source is not itself marked, yet rests on one
		assertThat(page(get("/counts/" + figureFromInternalSource).with(user("analyst").roles("ANALYST"))).document()
			.select("#internal-note")).isEmpty();

		publicReading.open(true);
		for (String url : records) {
			Page page = page(get(url));
			assertThat(page.status()).as(url).isEqualTo(404);
			assertThat(page.body()).as(url).doesNotContain(MARK);
		}
	}

	@Test
	void theEditFormKeepsTheChoiceAndTheHistoryRecordsIt() throws Exception {
		Page form = page(get("/counts/" + internalFigure + "/edit").with(user("editor").roles("EDITOR")));
		assertThat(form.document().select("input[name=internal][checked]")).hasSize(1);
		Map<String, String> fields = new LinkedHashMap<>();
		form.document().select("form[method=post] input[name], form[method=post] select[name], form[method=post] textarea[name]")
			.forEach(input -> {
				if (input.is("select")) {
					fields.put(input.attr("name"), input.select("option[selected]").val());
				}
				else if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
					fields.putIfAbsent(input.attr("name"), input.is("textarea") ? input.text() : input.val());
				}
			});
		fields.remove("internal");
		fields.remove("_csrf");
		MockHttpServletRequestBuilder save = post("/counts/" + internalFigure).with(csrf()).with(user("editor").roles("EDITOR"));
		fields.forEach(save::param);
		assertThat(mvc.perform(save).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select internal from reported_count where id = ?").param(internalFigure).query(Boolean.class)
			.single()).isFalse();
		assertThat(jdbc.sql("select internal from reported_count_aud where id = ? order by rev").param(internalFigure)
			.query(Boolean.class).list()).containsExactly(true, false);

		publicReading.open(true);
		assertThat(page(get("/counts/" + internalFigure)).status()).isEqualTo(200);
	}

	@Test
	void anExportForPublicationLeavesInternalRecordsOut() throws Exception {
		for (String export : List.of("reported-counts", "movements")) {
			String everything = mvc.perform(get("/admin/export/" + export + ".csv").with(user("admin").roles("ADMIN")))
				.andReturn().getResponse().getContentAsString();
			MockHttpServletResponse published = mvc
				.perform(get("/admin/export/" + export + ".csv?public=true").with(user("admin").roles("ADMIN")))
				.andReturn().getResponse();
			assertThat(everything).as(export).contains(MARK);
			assertThat(published.getContentAsString()).as(export).doesNotContain(MARK).isNotBlank();
			assertThat(published.getHeader("Content-Disposition")).as(export).contains("_public.csv");
		}
		// the connections went back to the pool with the application's own role: members see everything
		assertThat(jdbc.sql("select count(*) from reported_count where internal").query(Long.class).single()).isOne();
		// the log entry is still written, by the application's own role
		assertThat(jdbc.sql("select count(*) from export_log where started_at > now() - interval '1 minute'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aPublicReaderCannotWriteEvenIfSomethingTried() {
		Integer visible = Audience.PUBLIC.read(() -> jdbc.sql("select count(*) from reported_count where id = ?")
			.param(internalFigure).query(Integer.class).single());
		assertThat(visible).isZero();
		assertThatThrownBy(() -> Audience.PUBLIC.read(() -> jdbc.sql("update facility set name = name").update()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied for table facility");
		assertThatThrownBy(() -> Audience.PUBLIC.read(() -> jdbc.sql("select count(*) from account").query(Long.class).single()))
			.hasStackTraceContaining("permission denied for table account");
		// the connection went back to the pool with its own role again
		assertThat(jdbc.sql("select count(*) from reported_count where id = ?").param(internalFigure).query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select current_user <> 'tracker_public'").query(Boolean.class).single()).isTrue();
	}

	private long created(String url, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user("editor").roles("EDITOR"));
		fields.forEach(request::param);
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		return location.matches(".*/\\d+(\\?.*)?") ? Long.parseLong(location.replaceAll("^.*/(\\d+)(\\?.*)?$", "$1")) : -1;
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		return Pages.of(mvc.perform(request).andReturn().getResponse());
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static Map<String, String> with(Map<String, String> fields, String... more) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i < more.length; i += 2) {
			all.put(more[i], more[i + 1]);
		}
		return all;
	}

}
