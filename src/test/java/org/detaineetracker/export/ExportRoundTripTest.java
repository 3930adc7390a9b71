package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.TrackerTest;

/**
 * The CSV parsed back equals the database, value for value, also for names and quotes with commas,
 * double quotes, line breaks, Arabic script and leading formula characters. The rows made here are
 * removed afterwards (the export reads on its own connection, so a rolled-back test transaction
 * would hide them from it).
 */
@TrackerTest
@WithMockUser(username = "export-admin", roles = "ADMIN")
class ExportRoundTripTest {

	static final String FACILITY_NAME = "Camp \"Alpha\", north\nمخيم الهول";

	static final String ADMIN1 = "=Hasakah, \"east\"";

	static final String OUTLET = "@Outlet, \"quoted\"";

	static final String TITLE = "-Title with\r\nCRLF, and تقرير «الحسكة»";

	static final String SPEAKER = "+Speaker, \"unnamed\"";

	static final String QUOTE = "=cmd|' /C calc'!A0\nقال \"المتحدث\": 1,234 محتجز";

	static final LocalDate KNOWN_ON = LocalDate.of(2026, 1, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long known;

	long retractedLater;

	long retractedBefore;

	@BeforeEach
	void insertAwkwardRows() {
		long facility = jdbc.sql("""
				insert into facility (slug, name, kind, country_code, admin1, latitude, longitude, coordinate_precision)
				values ('round-trip-camp', :name, 'CAMP', 'SY', :admin1, -12.34567, -75.5, 'EXACT') returning id""")
			.param("name", FACILITY_NAME)
			.param("admin1", ADMIN1)
			.query(Long.class)
			.single();
		long source = jdbc.sql("""
				insert into source (outlet, title, url, kind, published_on, published_precision, cites_id)
				values (:outlet, :title, 'https://example.org/a?b=1,2', 'NEWS', date '2026-01-10', 'DAY',
				        (select min(id) from source)) returning id""")
			.param("outlet", OUTLET)
			.param("title", TITLE)
			.query(Long.class)
			.single();
		known = count(facility, source, null);
		retractedLater = count(facility, source, "2026-01-21T08:00:00Z");
		retractedBefore = count(facility, source, "2026-01-20T23:59:59Z");
	}

	private long count(long facility, long source, String retractedAt) {
		return jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, value_high,
				                            lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, quote,
				                            status, retraction_reason, retracted_at, recorded_by)
				values (:facility, (select min(id) from cohort), (select min(id) from custody_holder), 1234, 'RANGE', 1500,
				        1234, 1500, date '2026-01-05', 'DAY', :source, :speaker, :quote,
				        case when :retractedAt::timestamptz is null then 'ACTIVE' else 'RETRACTED' end,
				        case when :retractedAt::timestamptz is null then null else '-Withdrawn, "in error"' end,
				        :retractedAt::timestamptz, 'round-trip') returning id""")
			.param("facility", facility)
			.param("source", source)
			.param("speaker", SPEAKER)
			.param("quote", QUOTE)
			.param("retractedAt", retractedAt)
			.query(Long.class)
			.single();
	}

	@AfterEach
	void removeThem() {
		jdbc.sql("delete from reported_count where recorded_by = 'round-trip'").update();
		jdbc.sql("delete from source where outlet = :outlet").param("outlet", OUTLET).update();
		jdbc.sql("delete from facility where slug = 'round-trip-camp'").update();
	}

	@Test
	void theCsvParsedBackEqualsTheDatabaseRows() throws Exception {
		ExportCsv csv = download();
		List<Map<String, String>> database = databaseRows();

		assertThat(csv.header()).containsExactlyElementsOf(database.get(0).keySet());
		assertThat(csv.rows()).hasSameSizeAs(database);
		List<Map<String, String>> recovered = new ArrayList<>();
		for (Map<String, String> row : csv.rows()) {
			Map<String, String> values = new LinkedHashMap<>();
			row.forEach((column, cell) -> values.put(column, RandomCells.unescape(cell)));
			recovered.add(values);
		}
		assertThat(recovered).containsExactlyElementsOf(database);
	}

	@Test
	void awkwardTextComesBackExactlyAndNeverBeginsLikeAFormula() throws Exception {
		Map<String, String> row = download().byId("reported_count_id").get(String.valueOf(known));
		assertThat(row).containsEntry("facility_name", FACILITY_NAME)
			.containsEntry("admin1", "'" + ADMIN1)
			.containsEntry("source_outlet", "'" + OUTLET)
			.containsEntry("source_title", "'" + TITLE)
			.containsEntry("source_url", "https://example.org/a?b=1,2")
			.containsEntry("speaker", "'" + SPEAKER)
			.containsEntry("quote", "'" + QUOTE)
			.containsEntry("latitude", "-12.34567")
			.containsEntry("longitude", "-75.50000")
			.containsEntry("qualifier", "RANGE")
			.containsEntry("value_high", "1500");
		List<String> textColumns = Export.REPORTED_COUNTS.columns().stream().filter(c -> !c.numeric()).map(Column::header).toList();
		assertThat(row).allSatisfy((column, cell) -> {
			if (textColumns.contains(column)) {
				assertThat(RandomCells.beginsLikeAFormula(cell)).as(column + ": " + cell).isFalse();
			}
		});
	}

	@Test
	void aFigureRetractedAfterTheDateIsKnownWithItsLaterRetractionOneRetractedByThenIsNot() throws Exception {
		Map<String, Map<String, String>> rows = download().byId("reported_count_id");
		assertThat(rows).containsKeys(String.valueOf(known), String.valueOf(retractedLater))
			.doesNotContainKey(String.valueOf(retractedBefore));
		assertThat(rows.get(String.valueOf(retractedLater))).containsEntry("status", "RETRACTED")
			.containsEntry("retraction_reason", "'-Withdrawn, \"in error\"")
			.containsEntry("retracted_at", "2026-01-21T08:00:00Z");
	}

	private ExportCsv download() throws Exception {
		String body = mvc.perform(get("/admin/export/reported-counts.csv?knownOn=" + KNOWN_ON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ExportCsv.parse(body, false);
	}

	/** The export's rows read with plain JDBC: each column as the database writes it as text. */
	private List<Map<String, String>> databaseRows() {
		List<Column> columns = Export.REPORTED_COUNTS.columns();
		return jdbc.sql(Export.REPORTED_COUNTS.select(KNOWN_ON)).query((ResultSet rs, int n) -> {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				String value = rs.getString(i + 1);
				row.put(columns.get(i).header(), value == null ? "" : value);
			}
			return row;
		}).list();
	}

}
