package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.TrackerTest;

/**
 * The populations export on the seed data: parsed back, its rows are the model's estimates on the
 * known-on date (bounds as in population.SeedStoryTest), with the holder on that date; it has an
 * HXL row, it is spreadsheet-safe, logged, and listed on the export page.
 */
@TrackerTest
@WithMockUser(username = "export-admin", roles = "ADMIN")
class PopulationsExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onTheFirstOfMarch2026TheRowsTellTheSeedStory() throws Exception {
		ExportCsv csv = download("/admin/export/populations.csv?knownOn=2026-03-01", false);
		assertThat(csv.header()).startsWith("facility_id", "facility_slug").contains("lower", "upper", "conflict",
				"newest_evidence", "newest_evidence_precision", "holder_slugs", "report_ids", "movement_ids");
		Map<String, String> baghdad = row(csv, "baghdad-airport-detention-facility", "isis-detainees");
		assertThat(baghdad).containsEntry("lower", "5400").containsEntry("upper", "5999").containsEntry("conflict", "false")
			.containsEntry("newest_evidence", "2026-02-01").containsEntry("newest_evidence_precision", "MONTH")
			.containsEntry("holder_slugs", "iraqi-government")
			.containsEntry("holder_country_iso2", "IQ").containsEntry("country_iso2", "IQ").containsEntry("on_date", "2026-03-01");
		assertThat(baghdad.get("movement_ids")).isNotEmpty();
		Map<String, String> sdf = row(csv, "sdf-detention-facilities-northeast-syria", "isis-detainees");
		assertThat(sdf).containsEntry("lower", "0").containsEntry("upper", "1450").containsEntry("conflict", "true")
			.containsEntry("facility_kind", "GROUP").containsEntry("holder_slugs", "sdf");
		assertThat(sdf.get("report_ids").split("; ")).hasSizeGreaterThan(2);
		assertThat(row(csv, "al-hol-camp", "other-detainees-and-residents")).as("no figure of its own").isNull();
		Map<String, String> iraq = row(csv, "iraq-receiving-facilities", "isis-detainees");
		assertThat(iraq).containsEntry("lower", "5550").containsEntry("upper", "6149")
			.containsEntry("not_attributed_lower", "150").containsEntry("not_attributed_upper", "150");
		Map<String, String> panorama = row(csv, "panorama-prison", "isis-detainees");
		assertThat(panorama).containsEntry("upper", "1450");
	}

	@Test
	void knownOnJune2025OnlyTheDecember2024Picture() throws Exception {
		ExportCsv csv = download("/admin/export/populations.csv?knownOn=2025-06-01", false);
		assertThat(csv.column("facility_slug")).containsOnly("sdf-detention-facilities-northeast-syria");
		assertThat(row(csv, "sdf-detention-facilities-northeast-syria", "isis-detainees")).containsEntry("lower", "9000")
			.containsEntry("upper", "9000").containsEntry("newest_evidence", "2024-12-01")
			.containsEntry("newest_evidence_precision", "MONTH");
		assertThat(row(csv, "sdf-detention-facilities-northeast-syria", "other-detainees-and-residents"))
			.containsEntry("lower", "50000");
	}

	@Test
	void theHxlRowTagsBoundsAsCustomSoToolsDoNotAddThemUp() throws Exception {
		ExportCsv csv = download("/admin/export/populations.csv?knownOn=2026-03-01&hxl=true", true);
		assertThat(csv.hxl()).hasSameSizeAs(csv.header()).doesNotHaveDuplicates()
			.contains("#x_population +min", "#x_population +max", "#date", "#org +code")
			.noneMatch(tag -> tag.startsWith("#population"));
		assertThat(csv.rows()).isNotEmpty();
	}

	@Test
	void itIsLoggedNamedAndListed() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/admin/export/populations.csv?knownOn=2026-03-01&hxl=true"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition"))
			.contains("detainee-tracker_populations_known-2026-03-01_hxl.csv");
		assertThat(jdbc.sql("select count(*) from export_log where export = 'POPULATIONS' and outcome = 'COMPLETED'")
			.query(Long.class)
			.single()).isPositive();
		String page = mvc.perform(get("/admin/export")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Estimated populations", "populations.csv");
		assertThat(mvc.perform(get("/admin/export/populations.csv?knownOn=soon")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void textCellsAreSpreadsheetSafe() {
		assertThat(PopulationRows.cell("Camp \"A\", north")).isEqualTo("\"Camp \"\"A\"\", north\"");
		assertThat(PopulationRows.cell(null)).isEmpty();
	}

	private static Map<String, String> row(ExportCsv csv, String slug, String cohort) {
		return csv.rows()
			.stream()
			.filter(r -> r.get("facility_slug").equals(slug) && r.get("cohort_slug").equals(cohort))
			.findFirst()
			.orElse(null);
	}

	private ExportCsv download(String url, boolean hxl) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return ExportCsv.parse(response.getContentAsString(StandardCharsets.UTF_8), hxl);
	}

}
