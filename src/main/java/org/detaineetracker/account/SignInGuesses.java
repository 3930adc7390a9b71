package org.detaineetracker.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lockout: at most {@code maxFailedSignIns} passwords are checked per name in a window of
 * {@code lockout}; the last of them starts a lock of {@code lockout}. A guess is reserved in one
 * atomic statement before its password is checked, so parallel guesses cannot overdraw the budget.
 * Names without an account are counted the same way, so the lockout never tells which accounts exist.
 */
@Component
class SignInGuesses {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	SignInGuesses(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reserves one guess for {@code username}; false when its budget is spent and it is locked. */
	boolean reserve(String username) {
		Instant now = clock.instant();
		OffsetDateTime until = at(now.plus(properties.lockout()));
		// A row whose forget_after has passed starts a new window; the guess that spends the budget
		// moves forget_after to the end of the lock. The statement locks the row while it decides.
		boolean reserved = !jdbc.sql("""
				insert into sign_in_attempt as a (username, guesses, forget_after) values (:name, 1, :until)
				on conflict (username) do update set
				    guesses = case when a.forget_after <= :now then 1 else a.guesses + 1 end,
				    forget_after = case when a.forget_after <= :now or a.guesses + 1 >= :limit then :until
				                        else a.forget_after end
				where a.guesses < :limit or a.forget_after <= :now
				returning a.guesses""")
			.param("name", username)
			.param("until", until)
			.param("now", at(now))
			.param("limit", properties.maxFailedSignIns())
			.query(Integer.class)
			.list()
			.isEmpty();
		forgetExpired(now);
		return reserved;
	}

	/** A successful sign-in, or an admin's unlock: the name starts afresh. */
	void forget(String username) {
		jdbc.sql("delete from sign_in_attempt where username = ?").param(username).update();
	}

	/** Those of these accounts' names that are locked now. */
	Set<String> locked(Instant now) {
		return jdbc.sql("""
				select s.username from sign_in_attempt s join account a on a.username = s.username
				where s.guesses >= ? and s.forget_after > ?""")
			.param(properties.maxFailedSignIns())
			.param(at(now))
			.query(String.class)
			.set();
	}

	/** Names tried once and never again would otherwise stay forever; a few go at each sign-in. */
	private void forgetExpired(Instant now) {
		jdbc.sql("""
				delete from sign_in_attempt where username in (
				    select username from sign_in_attempt where forget_after < ? limit 20)""")
			.param(at(now))
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
