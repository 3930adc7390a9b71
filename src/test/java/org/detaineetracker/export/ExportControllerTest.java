package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TrackerTest;

/** The exports on the seed data, as an admin downloads them; and who may not. */
@TrackerTest
@WithMockUser(username = "export-admin", roles = "ADMIN")
class ExportControllerTest {

	/** A hashtag and its attributes as HXL 1.1 writes them. */
	static final String HXL_HASHTAG = "#[a-z][a-z0-9_]*( \\+[a-z][a-z0-9_]*)*";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void knownOnTheFirstOfJanuary2025OnlyTheDecember2024FiguresAreKnown() throws Exception {
		ExportCsv csv = download("/admin/export/reported-counts.csv?knownOn=2025-01-01", false);
		assertThat(csv.rows()).extracting(r -> r.get("value"), r -> r.get("qualifier"), r -> r.get("source_published_on"),
				r -> r.get("source_known_from"))
			.containsExactlyInAnyOrder(tuple("8000", "OVER", "2024-12-01", "2024-12-31"),
					tuple("9000", "EXACT", "2024-12-01", "2024-12-31"),
					tuple("50000", "EXACT", "2024-12-01", "2024-12-31"));
	}

	@Test
	void aMonthPrecisionSourceIsNotKnownBeforeTheLastDayOfItsMonth() throws Exception {
		assertThat(download("/admin/export/reported-counts.csv?knownOn=2024-12-30", false).rows()).isEmpty();
		assertThat(download("/admin/export/reported-counts.csv?knownOn=2024-12-31", false).rows()).hasSize(3);
	}

	@Test
	void knownOnTheTwentySecondOfJanuary2026TheFiguresOfThe21stAreInButFebruarysAreNot() throws Exception {
		ExportCsv csv = download("/admin/export/reported-counts.csv?knownOn=2026-01-22", false);
		assertThat(csv.rows()).extracting(r -> r.get("value"), r -> r.get("qualifier"), r -> r.get("facility_slug"))
			.containsExactlyInAnyOrder(tuple("8000", "OVER", "sdf-detention-facilities-northeast-syria"),
					tuple("9000", "EXACT", "sdf-detention-facilities-northeast-syria"),
					tuple("50000", "EXACT", "sdf-detention-facilities-northeast-syria"),
					tuple("7000", "EXACT", "sdf-detention-facilities-northeast-syria"),
					tuple("4500", "OVER", "panorama-prison"));
		assertThat(csv.column("value")).doesNotContain("6000");
	}

	@Test
	void withoutKnownOnTheExportHoldsEverythingKnownToday() throws Exception {
		ExportCsv csv = download("/admin/export/reported-counts.csv", false);
		long seeded = jdbc.sql("select count(*) from reported_count").query(Long.class).single();
		assertThat(csv.rows()).hasSize((int) seeded);
		assertThat(csv.column("reported_count_id").stream().map(Long::valueOf).toList()).as("in id order").isSorted();
	}

	@Test
	void eachRowCarriesItsWholeProvenance() throws Exception {
		Map<String, String> panorama = download("/admin/export/reported-counts.csv?knownOn=2026-01-22", false).rows()
			.stream()
			.filter(r -> r.get("facility_slug").equals("panorama-prison"))
			.findFirst()
			.orElseThrow();
		assertThat(panorama).containsEntry("facility_name", "Panorama prison")
			.containsEntry("country_iso2", "SY")
			.containsEntry("country_iso3", "SYR")
			.containsEntry("country_name", "Syria")
			.containsEntry("admin1", "Al-Hasakah Governorate")
			.containsEntry("latitude", "36.50000")
			.containsEntry("longitude", "40.75000")
			.containsEntry("cohort_slug", "isis-detainees")
			.containsEntry("custody_holder_name", "Syrian Democratic Forces")
			.containsEntry("value", "4500")
			.containsEntry("qualifier", "OVER")
			.containsEntry("lower_bound", "4501")
			.containsEntry("upper_bound", "")
			.containsEntry("as_of", "2026-01-21")
			.containsEntry("as_of_precision", "DAY")
			.containsEntry("source_outlet", "Unnamed outlet")
			.containsEntry("source_title", "US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq")
			.containsEntry("source_published_on", "2026-01-21")
			.containsEntry("speaker", "Unattributed report")
			.containsEntry("quote", "The “Panorama” facility alone holds over 4,500 prisoners")
			.containsEntry("status", "ACTIVE")
			.containsEntry("recorded_at", "2026-11-21T00:00:00Z")
			.containsEntry("recorded_by", "seed");
		Map<String, String> kurilla = download("/admin/export/reported-counts.csv?knownOn=2025-01-01", false).rows()
			.stream()
			.filter(r -> r.get("value").equals("8000"))
			.findFirst()
			.orElseThrow();
		assertThat(kurilla).containsEntry("cites_source_outlet", "U.S. Central Command")
			.containsEntry("speaker", "Gen. Michael Kurilla, CENTCOM commander");
	}

	@Test
	void theHxlRowHasOneValidHashtagPerColumn() throws Exception {
		for (Export export : Export.values()) {
			ExportCsv csv = download("/admin/export/" + export.slug() + ".csv?hxl=true", true);
			assertThat(csv.hxl()).as(export.slug()).hasSameSizeAs(csv.header()).allMatch(tag -> tag.matches(HXL_HASHTAG));
			assertThat(csv.hxl()).as("one tag set per column in " + export.slug()).doesNotHaveDuplicates();
		}
		ExportCsv counts = download("/admin/export/reported-counts.csv?hxl=true", true);
		Map<String, String> tags = new java.util.HashMap<>();
		for (int i = 0; i < counts.header().size(); i++) {
			tags.put(counts.header().get(i), counts.hxl().get(i));
		}
		assertThat(tags).containsEntry("facility_name", "#loc +name")
			.containsEntry("country_iso3", "#country +code +v_iso3")
			.containsEntry("admin1", "#adm1 +name")
			.containsEntry("latitude", "#geo +lat")
			.containsEntry("longitude", "#geo +lon")
			.containsEntry("value", "#population +ind")
			.containsEntry("lower_bound", "#x_population +min")
			.containsEntry("upper_bound", "#x_population +max")
			.containsEntry("as_of", "#date")
			.containsEntry("source_published_on", "#date +reported")
			.containsEntry("source_outlet", "#meta +source +name")
			.containsEntry("source_url", "#meta +url")
			.containsEntry("speaker", "#meta +speaker +name");
		assertThat(counts.hxl()).as("bounds are not populations, or HXL tools would add them up")
			.filteredOn(tag -> tag.startsWith("#population"))
			.containsExactly("#population +ind");
	}

	@Test
	void theFileIsUtf8CsvWithANameThatSaysWhatAndWhen() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/admin/export/reported-counts.csv?knownOn=2026-02-01"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"detainee-tracker_reported-counts_known-2026-02-01.csv\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("reported_count_id,facility_id,facility_slug,facility_name,").contains("\r\n");
		assertThat(body.replace("\r\n", "")).as("every row ends in CRLF; no bare line break outside quotes")
			.doesNotContain("\n");

		assertThat(mvc.perform(get("/admin/export/reported-counts.csv?knownOn=2026-02-01&hxl=true"))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition")).contains("detainee-tracker_reported-counts_known-2026-02-01_hxl.csv");
		assertThat(mvc.perform(get("/admin/export/facilities.csv")).andReturn().getResponse()
			.getHeader("Content-Disposition")).matches(".*detainee-tracker_facilities_exported-\\d{4}-\\d{2}-\\d{2}\\.csv.*");
	}

	@Test
	void facilitiesMovementsAndCustodyPeriodsHaveTheirOwnExports() throws Exception {
		ExportCsv facilities = download("/admin/export/facilities.csv", false);
		assertThat(facilities.column("facility_slug")).containsExactlyInAnyOrder(
				"sdf-detention-facilities-northeast-syria", "iraq-receiving-facilities", "panorama-prison",
				"al-hol-camp", "baghdad-airport-detention-facility");
		assertThat(facilities.byId("facility_slug").get("al-hol-camp")).containsEntry("aliases",
				"Al Hol; Hol camp; al-Hawl; al-Hawl camp; مخيم الهول")
			.containsEntry("parent_facility_slug", "sdf-detention-facilities-northeast-syria")
			.containsEntry("country_iso3", "SYR");

		ExportCsv movements = download("/admin/export/movements.csv?knownOn=2026-01-22", false);
		assertThat(movements.rows()).extracting(r -> r.get("from_facility_slug"), r -> r.get("value"),
				r -> r.get("operator_name"))
			.containsExactlyInAnyOrder(tuple("sdf-detention-facilities-northeast-syria", "7000", "U.S. Central Command"),
					tuple("panorama-prison", "150", "U.S. Central Command"));
		assertThat(download("/admin/export/movements.csv", false).rows()).hasSize(4);

		ExportCsv periods = download("/admin/export/custody-periods.csv?knownOn=2026-01-22", false);
		assertThat(periods.rows()).extracting(r -> r.get("facility_slug"), r -> r.get("custody_holder_slug"))
			.containsExactlyInAnyOrder(tuple("sdf-detention-facilities-northeast-syria", "sdf"),
					tuple("panorama-prison", "sdf"), tuple("iraq-receiving-facilities", "iraqi-government"));
		assertThat(download("/admin/export/custody-periods.csv", false).rows()).hasSize(6);
	}

	@Test
	void everyExportIsLoggedWithItsRowCount() throws Exception {
		download("/admin/export/reported-counts.csv?knownOn=2026-01-22&hxl=true", true);
		Map<String, Object> logged = jdbc.sql("select * from export_log order by id desc limit 1").query().singleRow();
		assertThat(logged).containsEntry("export", "REPORTED_COUNTS")
			.containsEntry("known_on", java.sql.Date.valueOf("2026-01-22"))
			.containsEntry("hxl", true)
			.containsEntry("requested_by", "export-admin")
			.containsEntry("row_count", 5L)
			.containsEntry("outcome", "COMPLETED");

		Page page = Pages.fetch(mvc, "/admin/export");
		assertThat(page.text("#export-log tbody tr:first-child")).contains("export-admin", "Reported figures",
				"22 January 2026", "yes", "5", "complete");
	}

	@Test
	void theExportPageDescribesEachExportAndOffersItsOptions() throws Exception {
		Page page = Pages.fetch(mvc, "/admin/export");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("section.export h2").eachText()).containsExactly("Reported figures",
				"Facilities", "Movements", "Custody periods", "Estimated populations");
		assertThat(page.document().select("#export-reported-counts form").attr("action"))
			.isEqualTo("/admin/export/reported-counts.csv");
		assertThat(page.document().select("#export-reported-counts input[name=knownOn]").attr("value"))
			.isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
		assertThat(page.document().select("#export-reported-counts input[name=hxl]").attr("value")).isEqualTo("true");
		assertThat(page.document().select("#export-facilities input[name=knownOn]")).isEmpty();
		assertThat(page.text("#export-safety")).contains("apostrophe");
		assertThat(page.document().select("nav a[href=/admin/export]").hasClass("active")).isTrue();
	}

	@Test
	void theExportPageNeedsTwoStatementsHoweverLongTheLog() throws Exception {
		statements.reset();
		Pages.fetch(mvc, "/admin/export");
		assertThat(statements.count()).as(String.join("\n", statements.statements())).isLessThanOrEqualTo(2);
	}

	@Test
	void aDownloadNeedsNoCsrfToken() throws Exception {
		assertThat(mvc.perform(get("/admin/export/reported-counts.csv")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void anUnknownExportIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/admin/export/passwords.csv")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/export", "/admin/export/reported-counts.csv", "/admin/export/facilities.csv" })
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void analystsMayNotExport(String url) throws Exception {
		assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/export", "/admin/export/reported-counts.csv", "/admin/export/movements.csv" })
	@WithMockUser(username = "editor", roles = "EDITOR")
	void editorsMayNotExport(String url) throws Exception {
		assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void onlyAdminsSeeTheExportLink() throws Exception {
		assertThat(Pages.fetch(mvc, "/").document().select("nav a[href=/admin/export]")).isEmpty();
	}

	@Test
	void adminsSeeTheExportLink() throws Exception {
		assertThat(Pages.fetch(mvc, "/").document().select("nav a[href=/admin/export]").text()).isEqualTo("Exports");
	}

	private ExportCsv download(String url, boolean hxl) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return ExportCsv.parse(response.getContentAsString(StandardCharsets.UTF_8), hxl);
	}

}
