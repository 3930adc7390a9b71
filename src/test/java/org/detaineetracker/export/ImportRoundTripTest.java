package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.detaineetracker.imports.FigureImport;
import org.detaineetracker.imports.Mapping;
import org.detaineetracker.test.TrackerTest;

/**
 * The round trip: the reported-figures export of the seeded database, imported into a database
 * emptied of every record, exported again, gives the same rows — the same facilities, cohorts,
 * holders, sources (with what they cite), figures, retractions, quotes and dates — all but the
 * numbers the new database gives its records and who recorded them when. All of it in one
 * transaction that is rolled back, the exports read on that transaction's connection.
 */
@TrackerTest
class ImportRoundTripTest {

	/** What a new database makes anew: its own ids, and the import's own recording. */
	private static final Set<String> MADE_ANEW = Set.of("reported_count_id", "facility_id", "cohort_id", "custody_holder_id",
			"source_id", "cites_source_id", "recorded_at", "recorded_by");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	FigureImport figureImport;

	@Test
	void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameRows() {
		new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
			transaction.setRollbackOnly();
			try {
				String before = export();
				empty();
				assertThat(jdbc.sql("select count(*) from reported_count").query(Long.class).single()).isZero();

				Path file = Files.createTempFile("round-trip-", ".csv");
				Files.writeString(file, before);
				List<String> columns = List.of(before.substring(0, before.indexOf('\r')).split(","));
				FigureImport.Summary summary = figureImport.run(file, Mapping.byName(columns), "round-trip", Locale.ENGLISH,
						true, true, rows -> {
						});
				Files.delete(file);
				assertThat(summary.problems()).as(summary.shown().toString()).isZero();
				assertThat(summary.committed()).isTrue();

				String after = export();
				List<List<String>> expected = comparable(before, MADE_ANEW);
				assertThat(expected).hasSizeGreaterThan(5);
				assertThat(comparable(after, MADE_ANEW)).isEqualTo(expected);
				assertThat(summary.created()).isEqualTo(expected.size() - 1);
			}
			catch (IOException | SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/**
	 * The same for movements: the movements export (one row per source's report), imported into the
	 * database emptied of movements, gives the same rows again — each transfer one movement with its
	 * reports, as the sources told it.
	 */
	@Test
	void movementsExportedImportedAndExportedAgainGiveTheSameRows() {
		new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
			transaction.setRollbackOnly();
			try {
				String before = export(Export.MOVEMENTS);
				jdbc.sql("delete from movement_report").update();
				jdbc.sql("delete from movement").update();
				Path file = Files.createTempFile("round-trip-movements-", ".csv");
				Files.writeString(file, before);
				List<String> columns = List.of(before.substring(0, before.indexOf('\r')).split(","));
				FigureImport.Summary summary = figureImport.run(file, Mapping.byName(columns), "round-trip", Locale.ENGLISH,
						true, true, rows -> {
						});
				Files.delete(file);
				assertThat(summary.problems()).as(summary.shown().toString()).isZero();
				assertThat(summary.committed()).isTrue();
				List<List<String>> expected = comparable(before, MOVEMENTS_ANEW);
				assertThat(expected).hasSizeGreaterThan(2);
				assertThat(comparable(export(Export.MOVEMENTS), MOVEMENTS_ANEW)).isEqualTo(expected);
				assertThat(jdbc.sql("select count(*) from movement_report").query(Long.class).single())
					.isEqualTo(expected.size() - 1);
			}
			catch (IOException | SQLException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The movements' own numbers are new; everything else, facilities and sources included, stays. */
	private static final Set<String> MOVEMENTS_ANEW = Set.of("movement_id");

	/** The reported-figures export as an admin downloads it, on this transaction's connection. */
	private String export() throws SQLException, IOException {
		return export(Export.REPORTED_COUNTS);
	}

	private String export(Export export) throws SQLException, IOException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(export.headerRow().getBytes(StandardCharsets.UTF_8));
		SpreadsheetSafeOutputStream csv = new SpreadsheetSafeOutputStream(out, export.numericColumns());
		connection.unwrap(PGConnection.class).getCopyAPI().copyOut(export.copy(LocalDate.now()), csv);
		csv.flush();
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Every record gone, children first. */
	private void empty() {
		for (String statement : List.of("delete from movement_report", "delete from movement", "delete from reported_count",
				"delete from custody_period", "delete from facility_alias", "update facility set parent_id = null",
				"delete from facility", "update cohort set parent_id = null", "delete from cohort",
				"delete from custody_holder", "update source set cites_id = null", "delete from source")) {
			jdbc.sql(statement).update();
		}
	}

	/** The rows with the columns a new database makes anew left out. */
	private static List<List<String>> comparable(String csv, Set<String> madeAnew) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		List<String> header = records.get(0).toList();
		for (CSVRecord record : records) {
			List<String> row = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				if (!madeAnew.contains(header.get(i))) {
					row.add(record.get(i));
				}
			}
			rows.add(row);
		}
		return rows;
	}

}
