package org.detaineetracker.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and the rules that protect them: usernames and passwords that make sense, and there is
 * always at least one active admin.
 */
@Service
public class AccountService {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SignInGuesses guesses;

	private final Clock clock;

	private final JdbcClient jdbc;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, SignInGuesses guesses, Clock clock,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.guesses = guesses;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	/**
	 * Whether no account exists yet, asked at every start. Plain SQL rather than the repository: the
	 * repository is made on first use, and making it compiles its queries, which would take a core
	 * while the first page after a start is being answered (RepositoriesConfiguration).
	 */
	public boolean none() {
		return !jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
	}

	@Transactional
	public Account create(String username, String password, Role role) {
		String name = normalize(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new AccountException("username", "account.error.username");
		}
		checkPassword(password);
		if (role == null) {
			throw new AccountException("role", "account.error.role");
		}
		if (accounts.findByUsername(name).isPresent()) {
			throw new AccountException("username", "account.error.taken");
		}
		// guesses made at this name before it had an account do not count against it
		guesses.forget(name);
		return accounts.save(new Account(name, encoder.encode(password), role));
	}

	@Transactional
	public void changeRole(long id, Role role) {
		if (role == null) {
			throw new AccountException("role", "account.error.role");
		}
		Account account = lockForChange(id);
		if (account.isActiveAdmin() && role != Role.ADMIN) {
			requireAnotherActiveAdmin();
		}
		account.setRole(role);
	}

	@Transactional
	public void setEnabled(long id, boolean enabled) {
		Account account = lockForChange(id);
		if (!enabled && account.isActiveAdmin()) {
			requireAnotherActiveAdmin();
		}
		account.setEnabled(enabled);
		if (enabled) {
			guesses.forget(account.getUsername());
		}
	}

	/** A new password; every session signed in with the old one ends at its next request. */
	@Transactional
	public AccountPrincipal resetPassword(long id, String password) {
		checkPassword(password);
		Account account = lockForChange(id);
		account.changePassword(encoder.encode(password));
		guesses.forget(account.getUsername());
		accounts.flush();
		return AccountPrincipal.of(account);
	}

	/** Today's hash of a password that just signed in, unless the password changed meanwhile. */
	@Transactional
	void rehash(long id, String oldHash, String newHash) {
		accounts.rehash(id, oldHash, newHash);
	}

	@Transactional(readOnly = true)
	public Optional<Account> byUsername(String username) {
		return accounts.findByUsername(normalize(username));
	}

	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** Which of these accounts are locked now by too many failed sign-ins. */
	public Set<String> lockedNames() {
		return guesses.locked(clock.instant());
	}

	private static void checkPassword(String password) {
		String problem = PasswordRules.problem(password);
		if (problem != null) {
			throw new AccountException("password", problem);
		}
	}

	/**
	 * Locks the active admins first, then the account: the check that another admin remains and the
	 * change happen on rows nobody else can change before this transaction ends, so two admins
	 * demoting or disabling each other at once cannot leave none.
	 */
	private Account lockForChange(long id) {
		accounts.lockActiveAdmins();
		return accounts.lockById(id).orElseThrow(() -> new AccountException("account", "account.error.unknown"));
	}

	/** Counted after {@link #lockForChange}: the admins it locked cannot change until this commits. */
	private void requireAnotherActiveAdmin() {
		if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("role", "account.error.lastAdmin");
		}
	}

}
