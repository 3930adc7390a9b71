package org.detaineetracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Streams one export from the database to a client: PostgreSQL writes the CSV itself
 * ({@code COPY ... TO STDOUT}), row by row, and each row goes through
 * {@link SpreadsheetSafeOutputStream} to the client as it arrives. Memory use does not grow with
 * the number of rows, and the client's own pace holds the database back (when the client stops
 * reading, the socket fills and COPY waits).
 * <p>
 * The whole export reads one snapshot: a read-only REPEATABLE READ transaction, so rows committed
 * by editors while it runs are not in it, and its row count is the number of matching rows in that
 * snapshot.
 */
@Component
class CsvExporter {

	private static final Logger log = LoggerFactory.getLogger(CsvExporter.class);

	private final DataSource dataSource;

	private final PopulationRows populations;

	CsvExporter(DataSource dataSource, PopulationRows populations) {
		this.dataSource = dataSource;
		this.populations = populations;
	}

	/**
	 * Writes the header (and with {@code hxl} the HXL hashtag row), then every row. A failure to
	 * write to {@code out} (the client went away) ends the export as an {@link IOException}; the
	 * database work is cancelled and the connection goes back to the pool clean.
	 * @param rowsWritten told how many rows were sent, also when the export is cut short
	 * @return the number of rows
	 */
	long export(Export export, LocalDate knownOn, boolean hxl, OutputStream out, RowCounter rowsWritten)
			throws IOException, SQLException {
		if (export.isComputed()) {
			return populations.write(export, knownOn, hxl, out, rowsWritten);
		}
		String sql = export.copy(knownOn);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set transaction isolation level repeatable read, read only");
			}
			log.debug("Export {} known on {}: {}", export.slug(), knownOn, sql);
			PGConnection postgres = connection.unwrap(PGConnection.class);
			CopyOut copy = postgres.getCopyAPI().copyOut(sql);
			// The snapshot is taken now that COPY runs: nothing reaches the client before it.
			SpreadsheetSafeOutputStream csv = new SpreadsheetSafeOutputStream(out, export.numericColumns());
			try {
				out.write(export.headerRow().getBytes(StandardCharsets.UTF_8));
				if (hxl) {
					out.write(export.hxlRow().getBytes(StandardCharsets.UTF_8));
				}
				byte[] row;
				while ((row = copy.readFromCopy()) != null) {
					csv.write(row, 0, row.length);
					rowsWritten.rows = csv.rows();
				}
				csv.flush();
			}
			catch (IOException | RuntimeException e) {
				stop(postgres, copy);
				connection.rollback();
				throw e;
			}
			connection.commit();
			return csv.rows();
		}
	}

	/**
	 * Stops a COPY whose rows nobody reads any more, and reads what the server had already sent, so
	 * the connection goes back to the pool ready for the next statement. (PgJDBC's own
	 * {@code cancelCopy} does not do that second part for COPY TO, which leaves the next statement
	 * on the connection reading the old COPY's rows.)
	 */
	private static void stop(PGConnection postgres, CopyOut copy) {
		if (!copy.isActive()) {
			return;
		}
		try {
			postgres.cancelQuery();
			while (copy.readFromCopy() != null) {
				// rows already on their way: dropped
			}
		}
		catch (SQLException e) {
			// Expected: the server answers the cancel with "canceling statement due to user request".
			log.debug("Export stopped: {}", e.getMessage());
		}
	}

	/** How many rows an export has sent so far, readable after it failed. */
	static final class RowCounter {

		private long rows;

		long rows() {
			return rows;
		}

		void sent(long rows) {
			this.rows = rows;
		}

	}

}
