package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.account.AccountService;
import org.detaineetracker.account.PublicReading;
import org.detaineetracker.account.Role;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TestDatabase;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * Between writes a kept page asks the database nothing: the data version and the session's account
 * check are remembered until this process writes or PostgreSQL notifies a write made elsewhere. Over
 * real HTTP, with writes made both through the application's pool and on a connection of the
 * test's own, as another server or a person at psql would make them.
 */
@TrackerServerTest
class DataChangesTest {

	/** A notification arrives within milliseconds; this only bounds a test that would otherwise hang. */
	static final Duration PATIENCE = Duration.ofSeconds(10);

	static final String PAGE = "/facilities/al-hol-camp";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	AccountService accounts;

	@Autowired
	PublicReading publicReading;

	@AfterEach
	void removeFigures() {
		jdbc.sql("delete from reported_count where speaker = 'Data changes test'").update();
	}

	@Test
	void aKeptPageBetweenWritesIssuesNoStatement() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		// the first request renders the page, the next asks the version its queries may have moved
		for (int i = 0; i < 2; i++) {
			assertThat(analyst.get(PAGE).status()).isEqualTo(200);
			assertThat(analyst.get("/api/facilities/al-hol-camp/counts", "application/json").status()).isEqualTo(200);
		}

		statements.reset();
		assertThat(analyst.get(PAGE).status()).isEqualTo(200);
		assertThat(analyst.get("/api/facilities/al-hol-camp/counts", "application/json").status()).isEqualTo(200);
		assertThat(analyst.get("/api/facilities/al-hol-camp/counts", "application/json").status()).isEqualTo(200);
		assertThat(analyst.get(PAGE).status()).isEqualTo(200);
		assertThat(statements.statements()).isEmpty();
	}

	@Test
	void aSearchReadsInAReadOnlyTransactionAndLeavesTheChecksRemembered() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		warm(analyst);
		statements.reset();
		assertThat(analyst.get("/search?q=hawl").status()).isEqualTo(200);
		assertThat(statements.statements()).as("the search itself, nothing asked for the session").isNotEmpty()
			.noneMatch(sql -> sql.contains("from account"));

		statements.reset();
		assertThat(analyst.get("/search?q=hawl").text("main")).contains("al-Hol");
		assertThat(analyst.get(PAGE).status()).isEqualTo(200);
		assertThat(statements.statements()).isEmpty();
	}

	@Test
	void aVisitorsPublicPageLeavesTheChecksRemembered() throws Exception {
		publicReading.open(true);
		try {
			WebSession visitor = WebSession.anonymous(port);
			WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
			warm(visitor);
			warm(analyst);
			// once more each: the last page rendered for either moved the epoch, so both ask again here
			assertThat(visitor.get(PAGE).status()).isEqualTo(200);
			assertThat(analyst.get(PAGE).status()).isEqualTo(200);
			// the visitor's checks (the setting, the version) are remembered like the reader's, and
			// asking them, as the public role, is no change to the data
			assertThat(statementsFor(visitor)).isZero();
			assertThat(statementsFor(analyst)).isZero();
		}
		finally {
			publicReading.open(false);
		}
	}

	@Test
	void aFigureWrittenThroughThisServerShowsOnTheNextRequest() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get(PAGE);
		assertThat(analyst.get(PAGE).text("#counts")).doesNotContain("31,337");

		jdbc.sql(insertFigure()).param(31_337).update();

		assertThat(analyst.get(PAGE).text("#counts")).contains("31,337");
	}

	@Test
	void aFigureWrittenElsewhereShowsOnceItsNotificationArrives() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		warm(analyst);
		statements.reset();
		assertThat(analyst.get(PAGE).text("#counts")).doesNotContain("31,338");
		assertThat(statements.count()).as("remembered, not asked").isZero();

		try (Connection elsewhere = elsewhere(); PreparedStatement insert = elsewhere.prepareStatement(insertFigure())) {
			insert.setInt(1, 31_338);
			assertThat(insert.executeUpdate()).isEqualTo(1);
		}

		assertThat(eventually(() -> analyst.get(PAGE).text("#counts").contains("31,338"))).isTrue();
	}

	@Test
	void anAccountDisabledElsewhereLosesItsSessionOnceTheNotificationArrives() throws Exception {
		accounts.create("disabled-elsewhere", "disabled-elsewhere-password", Role.ANALYST);
		WebSession open = WebSession.signedIn(port, "disabled-elsewhere", "disabled-elsewhere-password");
		warm(open);
		statements.reset();
		assertThat(open.get(PAGE).status()).isEqualTo(200);
		assertThat(statements.count()).as("remembered, not asked").isZero();

		try (Connection elsewhere = elsewhere();
				PreparedStatement disable = elsewhere.prepareStatement("update account set enabled = false where username = ?")) {
			disable.setString(1, "disabled-elsewhere");
			assertThat(disable.executeUpdate()).isEqualTo(1);
		}

		assertThat(eventually(() -> {
			String location = open.get(PAGE).header("Location");
			return location != null && location.endsWith("/login");
		})).isTrue();
	}

	@Test
	void whileTheListeningConnectionIsLostEveryCheckIsAskedUntilItIsBack() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		warm(analyst);

		try (Connection elsewhere = elsewhere();
				PreparedStatement terminate = elsewhere.prepareStatement("select count(pg_terminate_backend(pid)) "
						+ "from pg_stat_activity where application_name = 'detainee-tracker data changes'")) {
			var result = terminate.executeQuery();
			result.next();
			assertThat(result.getInt(1)).as("listening connections").isPositive();
		}

		assertThat(eventually(() -> statementsFor(analyst) == 2)).as("the version and the session asked").isTrue();
		assertThat(eventually(() -> statementsFor(analyst) == 0)).as("listening again").isTrue();
	}

	/**
	 * The page rendered and kept (its queries count as this server's own use of the database), then
	 * the version and the session asked once more: from the third request on they are remembered.
	 */
	private static void warm(WebSession reader) throws Exception {
		for (int i = 0; i < 2; i++) {
			assertThat(reader.get(PAGE).status()).isEqualTo(200);
		}
	}

	/** Statements one request for the page issues. */
	private int statementsFor(WebSession reader) throws Exception {
		statements.reset();
		assertThat(reader.get(PAGE).status()).isEqualTo(200);
		return statements.count();
	}

	private static boolean eventually(Callable<Boolean> condition) throws Exception {
		long until = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < until) {
			if (condition.call()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.call();
	}

	/** A connection outside the application's pool, autocommitting: a write from another server. */
	private static Connection elsewhere() throws SQLException {
		TestDatabase.Coordinates database = TestDatabase.database();
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	private static String insertFigure() {
		return """
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound,
				                            upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by)
				select f.id, c.id, h.id, x.v, 'EXACT', x.v, x.v, date '2026-02-21', 'DAY', s.id, 'Data changes test', 'test'
				from (select ?::int as v) x, facility f, cohort c, custody_holder h, source s
				where f.slug = 'al-hol-camp' and c.slug = 'isis-detainees' and h.slug = 'sdf' and s.outlet = 'Politico'""";
	}

}
