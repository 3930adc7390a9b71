package org.detaineetracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A secret is 32 random bytes; only its SHA-256 is stored and a request's
 * token is found by that hash, so nothing compares secrets character by character and a copy of
 * the table opens nothing. A token acts with its account's role of the moment: a disabled account's
 * tokens stop working at once.
 */
@Service
public class ApiTokens {

	/** Marks the string as ours, so a token pasted into the wrong place is recognisable (and scannable). */
	static final String MARK = "dtk_";

	static final int NAME_LENGTH = 80;

	/** How often last-used is written: every request would turn each API read into a write. */
	static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

	private static final int PREFIX_LENGTH = MARK.length() + 6;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token as its owner sees it: never the secret. */
	public record Token(long id, String name, String prefix, boolean readOnly, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean isRevoked() {
			return revokedAt != null;
		}

	}

	/** A token just made, with the secret that is shown this once. */
	public record Created(Token token, String secret) {
	}

	/** Who a request's token speaks for, and whether it may write. */
	public record Bearer(AccountPrincipal account, long tokenId, boolean readOnly) {
	}

	@Transactional
	public Created create(long accountId, String name, boolean readOnly) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new AccountException("name", "tokens.error.nameRequired");
		}
		if (cleanName.length() > NAME_LENGTH) {
			throw new AccountException("name", "tokens.error.nameTooLong");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String prefix = secret.substring(0, PREFIX_LENGTH);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into api_token (account_id, name, prefix, secret_hash, read_only, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(accountId, cleanName, prefix, hash(secret), readOnly, Timestamp.from(now))
			.query(Long.class)
			.single();
		return new Created(new Token(id, cleanName, prefix, readOnly, now, null, null), secret);
	}

	/** The account's tokens, newest first, revoked ones included so their owner sees what happened. */
	public List<Token> of(long accountId) {
		return jdbc.sql("""
				select id, name, prefix, read_only, created_at, last_used_at, revoked_at
				from api_token where account_id = ? order by created_at desc, id desc""")
			.param(accountId)
			.query((row, n) -> new Token(row.getLong("id"), row.getString("name"), row.getString("prefix"),
					row.getBoolean("read_only"), instant(row.getTimestamp("created_at")),
					instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes one of the account's own tokens; someone else's token is "not found", like a missing one. */
	@Transactional
	public void revoke(long accountId, long tokenId) {
		int changed = jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, ?) where id = ? and account_id = ?")
			.params(Timestamp.from(clock.instant()), tokenId, accountId)
			.update();
		if (changed == 0) {
			throw new AccountException(null, "tokens.error.notFound");
		}
	}

	/**
	 * The account behind a presented secret, if the token exists, is not revoked and its account is
	 * enabled. One lookup by hash; last-used is written at most once a minute.
	 */
	@Transactional
	public Optional<Bearer> authenticate(String secret) {
		if (secret == null || !secret.startsWith(MARK)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Bearer> found = jdbc.sql("""
				update api_token t set last_used_at = case
				    when t.last_used_at is null or t.last_used_at < ? then ? else t.last_used_at end
				from account a
				where t.secret_hash = ? and t.revoked_at is null and a.id = t.account_id and a.enabled
				returning t.id, t.read_only, a.id as account_id, a.username, a.role, a.access_version""")
			.params(Timestamp.from(now.minus(LAST_USED_GRAIN)), Timestamp.from(now), hash(secret))
			.query((row, n) -> new Bearer(new AccountPrincipal(row.getLong("account_id"), row.getString("username"),
					Role.valueOf(row.getString("role")), row.getLong("access_version")), row.getLong("id"),
					row.getBoolean("read_only")))
			.optional();
		return found;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
