package org.detaineetracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.TrackerTest;
import org.detaineetracker.test.WithoutHistory;

/**
 * The database writes the history (V125) as Envers did before it: one revision per transaction
 * with the signed-in account, one row per record and revision, the values after the change (before
 * it, for a deletion), nothing for what changed no audited column. These write through plain SQL
 * in real, committed transactions, as any write path does.
 */
@TrackerTest
class HistoryTriggersTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TransactionTemplate transactions;

	NewRows rows;

	@BeforeEach
	void mark() {
		transactions = new TransactionTemplate(transactionManager);
		rows = NewRows.mark(jdbc);
	}

	@AfterEach
	void remove() {
		SecurityContextHolder.clearContext();
		rows.remove();
	}

	@Test
	void aTransactionIsOneRevisionNamingTheSignedInAccount() {
		signedInAs("an-editor");
		long revisions = count("select count(*) from revision");
		long facility = inTransaction(() -> {
			long id = insertFacility("history-one", "History one");
			jdbc.sql("update facility set name = 'History one, renamed' where id = ?").param(id).update();
			jdbc.sql("insert into facility_alias (facility_id, name) values (?, 'The first one')").param(id).update();
			return id;
		});
		assertThat(count("select count(*) from revision")).isEqualTo(revisions + 1);
		// created and changed in one transaction is "created", with the values it was left with
		assertThat(jdbc.sql("select r.username || ' ' || a.revtype || ' ' || a.name from facility_aud a "
				+ "join revision r on r.id = a.rev where a.id = ?").param(facility).query(String.class).list())
			.containsExactly("an-editor 0 History one, renamed");
		assertThat(jdbc.sql("select revtype || ' ' || name from facility_alias_aud where facility_id = ?").param(facility)
			.query(String.class).list()).containsExactly("0 The first one");

		SecurityContextHolder.clearContext();
		inTransaction(() -> jdbc.sql("update facility set description = 'Seen from the road' where id = ?")
			.param(facility).update());
		assertThat(jdbc.sql("select r.username || ' ' || a.revtype || ' ' || a.description from facility_aud a "
				+ "join revision r on r.id = a.rev where a.id = ? and a.revtype = 1").param(facility)
			.query(String.class).single()).as("a change nobody is signed in for is the system's")
			.isEqualTo("system 1 Seen from the road");
	}

	@Test
	void whatChangesNoAuditedColumnOrIsUndoneInItsTransactionLeavesNoHistory() {
		long facility = inTransaction(() -> insertFacility("history-two", "History two"));
		jdbc.sql("insert into facility_alias (facility_id, name) values (?, 'Kept alias')").param(facility).update();
		long mark = count("select max(id) from revision");

		// the version, and a rename to the same name
		jdbc.sql("update facility set version = version + 1, name = name where id = ?").param(facility).update();
		assertThat(count("select max(id) from revision")).as("no revision for it").isEqualTo(mark);
		// an alias removed and added again, as Hibernate rewrites a changed collection
		inTransaction(() -> {
			jdbc.sql("delete from facility_alias where facility_id = ?").param(facility).update();
			return jdbc.sql("insert into facility_alias (facility_id, name) values (?, 'Kept alias')").param(facility)
				.update();
		});
		// a record created and deleted in one transaction
		long gone = inTransaction(() -> {
			long id = insertFacility("history-gone", "History gone");
			jdbc.sql("delete from facility where id = ?").param(id).update();
			return id;
		});
		// a write rolled back
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update facility set name = 'Never' where id = ?").param(facility).update();
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from facility_aud where id in (?, ?) and rev > ?").params(facility, gone, mark)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from facility_alias_aud where facility_id = ? and rev > ?")
			.params(facility, mark).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select name from facility_alias where facility_id = ?").param(facility).query(String.class)
			.list()).containsExactly("Kept alias");
	}

	@Test
	void aDeletionKeepsTheValuesTheRecordHad() {
		signedInAs("a-chief");
		long facility = inTransaction(() -> insertFacility("history-three", "History three"));
		inTransaction(() -> jdbc.sql("delete from facility where id = ?").param(facility).update());
		assertThat(jdbc.sql("select r.username || ' ' || a.revtype || ' ' || a.slug || ' ' || a.name from facility_aud a "
				+ "join revision r on r.id = a.rev where a.id = ? order by a.rev").param(facility).query(String.class).list())
			.containsExactly("a-chief 0 history-three History three", "a-chief 2 history-three History three");
	}

	@Test
	void aSessionThatTurnsTheHistoryOffWritesNone() {
		long revisions = count("select count(*) from revision");
		long facility = WithoutHistory.run(transactionManager, jdbc, () -> insertFacility("history-off", "History off"));
		assertThat(facility).isPositive();
		assertThat(count("select count(*) from revision")).isEqualTo(revisions);
	}

	@Test
	void everyAuditTableIsWrittenByATriggerThatFillsAllItsColumns() {
		List<String> audited = jdbc.sql("""
				select substr(c.relname, 1, length(c.relname) - 4) from pg_class c
				where c.relname like '%\\_aud' and c.relkind = 'r' order by 1""").query(String.class).list();
		assertThat(audited).containsExactlyInAnyOrder("cohort", "custody_holder", "custody_period", "facility",
				"facility_alias", "movement", "movement_report", "reported_count", "source");
		for (String table : audited) {
			assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = ?::regclass and tgname = 'history'")
				.param(table).query(Long.class).single()).as("history trigger on %s", table).isEqualTo(1);
			assertThat(jdbc.sql("""
					select a.attname from pg_attribute a
					where a.attrelid = (? || '_aud')::regclass and a.attnum > 0 and not a.attisdropped
					  and a.attname not in ('rev', 'revtype')
					  and not exists (select 1 from pg_attribute b where b.attrelid = ?::regclass
					                  and b.attname = a.attname and not b.attisdropped)""")
				.params(table, table).query(String.class).list()).as("columns of %s_aud its table lacks", table).isEmpty();
		}
	}

	private long insertFacility(String slug, String name) {
		return jdbc.sql("insert into facility (slug, name, kind, country_code) values (?, ?, 'PRISON', 'SY') returning id")
			.params(slug, name).query(Long.class).single();
	}

	private <T> T inTransaction(Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static void signedInAs(String account) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
	}

}
