package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import org.detaineetracker.test.TrackerTest;

/**
 * The same 10,000 random values as {@link SpreadsheetSafeOutputStreamTest}, but written as CSV by
 * PostgreSQL's own COPY, exactly as an export is: none comes out beginning like a formula, each
 * comes back, and negative coordinates stay numbers.
 */
@TrackerTest
class SpreadsheetSafetyThroughPostgresTest {

	@Autowired
	DataSource dataSource;

	@Test
	void tenThousandRandomValuesThroughCopy() throws Exception {
		RandomCells random = new RandomCells(20261121L);
		List<String[]> rows = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temporary table random_cell (n int, a text, latitude numeric(8, 5), b text)");
			}
			try (PreparedStatement insert = connection
				.prepareStatement("insert into random_cell values (?, ?, ?::numeric, ?)")) {
				for (int i = 0; i < 5000; i++) {
					String[] row = { random.next(), random.nextCoordinate(), random.next() };
					rows.add(row);
					insert.setInt(1, i);
					insert.setString(2, row[0]);
					insert.setString(3, row[1]);
					insert.setString(4, row[2]);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (SpreadsheetSafeOutputStream csv = new SpreadsheetSafeOutputStream(out,
					new boolean[] { false, true, false })) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyOut("COPY (select a, latitude, b from random_cell order by n) TO STDOUT WITH (FORMAT csv)", csv);
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table random_cell");
			}
		}

		List<CSVRecord> records = SpreadsheetSafeOutputStreamTest.parse(out.toString(StandardCharsets.UTF_8));
		assertThat(records).hasSize(rows.size());
		int negative = 0;
		for (int i = 0; i < rows.size(); i++) {
			CSVRecord record = records.get(i);
			for (int column : new int[] { 0, 2 }) {
				assertThat(RandomCells.beginsLikeAFormula(record.get(column))).as("row %s: %s", i, record.get(column))
					.isFalse();
				assertThat(RandomCells.unescape(record.get(column))).isEqualTo(rows.get(i)[column]);
			}
			assertThat(new BigDecimal(record.get(1))).isEqualByComparingTo(new BigDecimal(rows.get(i)[1]));
			negative += record.get(1).startsWith("-") ? 1 : 0;
		}
		assertThat(negative).as("negative coordinates are written as numbers").isGreaterThan(1000);
	}

}
