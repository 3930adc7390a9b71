package org.detaineetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;
import org.detaineetracker.test.WithoutHistory;

/**
 * Exports over real HTTP: bad input, who may download, one snapshot while editors write, and a
 * client that hangs up half-way. The tens of thousands of figures made here are removed afterwards.
 */
@TrackerServerTest
@ExtendWith(OutputCaptureExtension.class)
class ExportServerTest {

	/** Enough rows (some 20 MB of CSV) that the export is still running when the client pauses. */
	static final int LOAD = 40_000;

	static final String EXPORT = "/admin/export/reported-counts.csv";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void manyFigures() {
		WithoutHistory.run(transactions, jdbc, () -> jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound,
				                            upper_bound, as_of, as_of_precision, source_id, speaker, quote, recorded_by)
				select f.id, c.id, h.id, g, 'EXACT', g, g, date '2024-11-01', 'DAY', s.id,
				       'Load speaker ' || g, 'Load quote ' || g || ', "quoted", with a comma', 'export-load'
				from generate_series(1, :rows) g,
				     (select id from facility where slug = 'panorama-prison') f,
				     (select id from cohort where slug = 'isis-detainees') c,
				     (select id from custody_holder where slug = 'sdf') h,
				     (select min(id) as id from source where published_precision = 'MONTH'
				      and published_on = date '2024-12-01') s""").param("rows", LOAD).update());
	}

	@AfterEach
	void removeThem() {
		WithoutHistory.run(transactions, jdbc,
				() -> jdbc.sql("delete from reported_count where recorded_by in ('export-load', 'export-writer')").update());
	}

	@ParameterizedTest(name = "knownOn={0} → 400")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			2026-13-45     | '2026-13-45' is not a valid knownOn; expected a date written YYYY-MM-DD.
			yesterday      | 'yesterday' is not a valid knownOn; expected a date written YYYY-MM-DD.
			2026-02-30     | '2026-02-30' is not a valid knownOn; expected a date written YYYY-MM-DD.
			%2B10000-01-01 | '+10000-01-01' is not a valid knownOn; expected a date between 0001-01-01 and 9999-12-31.
			""")
	void aMalformedKnownOnIsA400ThatSaysWhy(String knownOn, String reason) throws Exception {
		Page page = WebSession.signedIn(port, TestAccounts.ADMIN).get(EXPORT + "?knownOn=" + knownOn);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#reason")).isEqualTo(reason);
		assertThat(page.body()).doesNotContain("Exception", "at org.");
	}

	@ParameterizedTest
	@CsvSource({ "analyst", "editor" })
	void analystsAndEditorsAreRefused(String username) throws Exception {
		WebSession session = WebSession.signedIn(port, username);
		assertThat(session.get(EXPORT).status()).isEqualTo(403);
		assertThat(session.get("/admin/export").status()).isEqualTo(403);
	}

	/**
	 * While the export streams, an editor adds figures and retracts some that the export has yet to
	 * send. The file holds exactly the rows of the moment the export began: none of the new ones,
	 * the retracted ones as they were, and as many rows as that snapshot had; the log says the same.
	 */
	@Test
	void anExportIsOneSnapshotEvenWhileEditorsWrite() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		long snapshot = knownCount(today);
		List<Long> toRetract = jdbc.sql("select id from reported_count where recorded_by = 'export-load' "
				+ "order by id desc limit 100").query(Long.class).list();

		HttpResponse<InputStream> response = AdminClient.signIn(port).stream(EXPORT);
		assertThat(response.statusCode()).isEqualTo(200);
		try (CSVParser csv = CSVFormat.RFC4180.parse(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			Iterator<CSVRecord> records = csv.iterator();
			List<String> header = records.next().toList();
			records.next();
			// The first row has arrived, so COPY runs and its snapshot is fixed. Now the client pauses.
			assertThat(exportRunning()).as("the export is still streaming").isTrue();

			List<Long> written = writeWhileTheExportWaits(toRetract);

			assertThat(exportRunning()).as("the writes were committed while the export ran").isTrue();
			assertThat(knownCount(today)).isEqualTo(snapshot + written.size() - toRetract.size());

			int idColumn = header.indexOf("reported_count_id");
			int statusColumn = header.indexOf("status");
			Set<Long> exported = new HashSet<>();
			Set<String> retractedStatus = new HashSet<>();
			exported.add(-1L); // the first row, read above, is not a writer's row
			long rows = 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long id = Long.parseLong(record.get(idColumn));
				exported.add(id);
				if (toRetract.contains(id)) {
					retractedStatus.add(record.get(statusColumn));
				}
				rows++;
			}
			assertThat(rows).isEqualTo(snapshot);
			assertThat(exported).doesNotContainAnyElementsOf(written);
			assertThat(exported).containsAll(toRetract);
			assertThat(retractedStatus).containsExactly("ACTIVE");
			assertThat(lastLogged()).isEqualTo(snapshot + " COMPLETED");
		}
	}

	@Test
	void aClientThatHangsUpHalfWayReleasesItsConnectionQuietly(CapturedOutput output) throws Exception {
		String cookie = AdminClient.signIn(port).sessionCookie();
		int logFrom = output.getAll().length();
		long loggedBefore = jdbc.sql("select count(*) from export_log").query(Long.class).single();

		try (Socket socket = startExport(cookie)) {
			assertThat(exportRunning()).isTrue();
			socket.setSoLinger(true, 0); // hang up with a reset, as a killed browser does
		}

		waitUntil(() -> !exportRunning() && activeConnections() == 0
				&& jdbc.sql("select count(*) from export_log").query(Long.class).single() > loggedBefore);
		assertThat(lastLogged()).endsWith(" ABORTED");
		assertThat(jdbc.sql("select count(*) from pg_stat_activity where state like 'idle in transaction%'")
			.query(Long.class)
			.single()).isZero();
		String log = output.getAll().substring(logFrom);
		assertThat(log).doesNotContain(" ERROR ", " WARN ", "ClientAbortException", "Broken pipe", "Connection reset");

		// The pool is whole: the next export runs to the end.
		HttpResponse<InputStream> next = AdminClient.signIn(port).stream(EXPORT + "?knownOn=2025-01-01");
		try (InputStream body = next.body()) {
			assertThat(next.statusCode()).isEqualTo(200);
			assertThat(ExportCsv.parse(new InputStreamReader(body, StandardCharsets.UTF_8), false).rows())
				.hasSize((int) knownCount(LocalDate.of(2025, 1, 1)));
		}
	}

	/**
	 * When the database fails after rows have gone out, no error page can follow them; the client
	 * must then see a broken download (the chunked response never ends), not a short file that looks
	 * complete. The log says FAILED, and the next export works.
	 */
	@Test
	void aDatabaseFailureMidExportBreaksTheDownloadInsteadOfShorteningIt() throws Exception {
		String cookie = AdminClient.signIn(port).sessionCookie();
		byte[] tail;
		try (Socket socket = startExport(cookie)) {
			assertThat(jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity "
					+ "where query like 'COPY (select%' and state <> 'idle' and backend_type = 'client backend'")
				.query(Long.class)
				.single()).isEqualTo(1);
			tail = lastBytes(socket.getInputStream(), 16);
		}
		assertThat(new String(tail, StandardCharsets.US_ASCII)).as("the chunked response was never ended")
			.doesNotEndWith("0\r\n\r\n");
		waitUntil(() -> !exportRunning() && activeConnections() == 0);
		assertThat(lastLogged()).endsWith(" FAILED");
		assertThat(WebSession.signedIn(port, TestAccounts.ADMIN).get(EXPORT + "?knownOn=2024-01-01").status())
			.isEqualTo(200);
	}

	/** Reads a stream to its end and keeps only its last bytes. */
	private static byte[] lastBytes(InputStream in, int count) throws java.io.IOException {
		byte[] buffer = new byte[64 * 1024];
		byte[] tail = new byte[0];
		int read;
		while ((read = in.read(buffer)) != -1) {
			byte[] joined = new byte[tail.length + read];
			System.arraycopy(tail, 0, joined, 0, tail.length);
			System.arraycopy(buffer, 0, joined, tail.length, read);
			tail = java.util.Arrays.copyOfRange(joined, Math.max(0, joined.length - count), joined.length);
		}
		return tail;
	}

	@Test
	void oneExportTooManyAtOnceIsAskedToComeBackLater() throws Exception {
		String cookie = AdminClient.signIn(port).sessionCookie();
		List<Socket> streaming = new ArrayList<>();
		try {
			for (int i = 0; i < ExportController.MAX_CONCURRENT_EXPORTS; i++) {
				streaming.add(startExport(cookie));
			}
			Page refused = WebSession.signedIn(port, TestAccounts.ADMIN).get(EXPORT);
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.header("Retry-After")).isEqualTo("60");
			assertThat(refused.text("#reason")).isEqualTo("Other exports are running; please try again in a minute.");
		}
		finally {
			for (Socket socket : streaming) {
				socket.setSoLinger(true, 0);
				socket.close();
			}
		}
		waitUntil(() -> !exportRunning() && activeConnections() == 0);
		assertThat(WebSession.signedIn(port, TestAccounts.ADMIN).get(EXPORT + "?knownOn=2024-01-01").status())
			.isEqualTo(200);
	}

	/** An export over a raw socket, read far enough that it is streaming, then left waiting. */
	private Socket startExport(String cookie) throws Exception {
		Socket socket = new Socket("localhost", port);
		OutputStream request = socket.getOutputStream();
		request.write(("GET " + EXPORT + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
				+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		request.flush();
		byte[] start = socket.getInputStream().readNBytes(64 * 1024);
		assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200").contains("reported_count_id");
		return socket;
	}

	/** Figures added and retracted by an editor, each change in its own transaction. */
	private List<Long> writeWhileTheExportWaits(List<Long> toRetract) throws Exception {
		ExecutorService editor = Executors.newSingleThreadExecutor();
		try {
			Future<List<Long>> written = editor.submit(() -> {
				List<Long> ids = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					ids.add(jdbc.sql("""
							insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound,
							                            as_of, as_of_precision, source_id, speaker, recorded_by)
							select facility_id, cohort_id, 1, 'EXACT', 1, 1, as_of, as_of_precision, source_id,
							       'Writer', 'export-writer'
							from reported_count where recorded_by = 'export-load' limit 1
							returning id""").query(Long.class).single());
				}
				for (Long id : toRetract) {
					jdbc.sql("update reported_count set status = 'RETRACTED', retraction_reason = 'Test', "
							+ "retracted_at = now() where id = :id").param("id", id).update();
				}
				return ids;
			});
			return written.get(30, TimeUnit.SECONDS);
		}
		finally {
			editor.shutdownNow();
		}
	}

	private long knownCount(LocalDate knownOn) {
		return jdbc.sql("select count(*) from (" + Export.REPORTED_COUNTS.select(knownOn) + ") known")
			.query(Long.class)
			.single();
	}

	private boolean exportRunning() {
		return jdbc.sql("select count(*) from pg_stat_activity where query like 'COPY (select%' and state <> 'idle'")
			.query(Long.class)
			.single() > 0;
	}

	private int activeConnections() {
		try {
			return dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private String lastLogged() {
		return jdbc.sql("select row_count || ' ' || outcome from export_log order by id desc limit 1")
			.query(String.class)
			.single();
	}

	/** Polls until the condition holds, for at most ten seconds. */
	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited ten seconds for the export to be cleaned up").isBefore(deadline);
			Thread.sleep(50);
		}
	}

}
