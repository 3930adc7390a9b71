package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * With exactly two active admins, each demoting or disabling the other at the same moment (two
 * threads, real PostgreSQL), twenty times: every time one change wins, the other is refused as the
 * last admin, and an active admin remains.
 */
@TrackerServerTest
class LastAdminRaceIT {

	static final int TRIALS = 20;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	long first;

	long second;

	@BeforeEach
	void twoAdmins() {
		first = jdbc.sql("select id from account where username = ?").param(TestAccounts.ADMIN).query(Long.class).single();
		second = accounts.byUsername("second-admin")
			.map(Account::getId)
			.orElseGet(() -> accounts.create("second-admin", "second-admin-password", Role.ADMIN).getId());
	}

	@AfterEach
	void restoreTheTestAdmin() {
		jdbc.sql("update account set role = 'ADMIN', enabled = true where id = ?").param(first).update();
		jdbc.sql("update account set role = 'EDITOR' where id = ?").param(second).update();
	}

	@Test
	void twoAdminsRemovingEachOtherAtOnceNeverLeaveNone() throws Exception {
		ExecutorService admins = Executors.newFixedThreadPool(2);
		int noAdminLeft = 0;
		List<String> outcomes = new ArrayList<>();
		try {
			for (int trial = 0; trial < TRIALS; trial++) {
				jdbc.sql("update account set role = 'ADMIN', enabled = true where id in (?, ?)").param(first).param(second)
					.update();
				assertThat(activeAdmins()).isEqualTo(2);
				boolean disable = trial % 2 == 1;
				CyclicBarrier start = new CyclicBarrier(2);
				Future<String> one = admins.submit(() -> remove(second, disable, start));
				Future<String> other = admins.submit(() -> remove(first, disable, start));
				List<String> results = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
				outcomes.add(String.join("+", results));
				assertThat(results).as("trial %d", trial).containsExactlyInAnyOrder("done", "account.error.lastAdmin");
				if (activeAdmins() == 0) {
					noAdminLeft++;
				}
			}
		}
		finally {
			admins.shutdownNow();
		}
		System.out.println("Last-admin race: " + TRIALS + " trials, " + noAdminLeft + " left no active admin");
		assertThat(noAdminLeft).isZero();
	}

	private String remove(long admin, boolean disable, CyclicBarrier start) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		try {
			if (disable) {
				accounts.setEnabled(admin, false);
			}
			else {
				accounts.changeRole(admin, Role.EDITOR);
			}
			return "done";
		}
		catch (AccountException refused) {
			return refused.getMessageKey();
		}
	}

	private long activeAdmins() {
		return jdbc.sql("select count(*) from account where role = 'ADMIN' and enabled").query(Long.class).single();
	}

}
