package org.detaineetracker.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SecurityProperties properties;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, SecurityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return accounts.count() == 0;
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
		return accounts.save(new Account(name, encoder.encode(password), role));
	}

	@Transactional
	public void changeRole(long id, Role role) {
		if (role == null) {
			throw new AccountException("role", "account.error.role");
		}
		Account account = find(id);
		if (account.isActiveAdmin() && role != Role.ADMIN) {
			requireAnotherActiveAdmin();
		}
		account.setRole(role);
	}

	@Transactional
	public void setEnabled(long id, boolean enabled) {
		Account account = find(id);
		if (!enabled && account.isActiveAdmin()) {
			requireAnotherActiveAdmin();
		}
		account.setEnabled(enabled);
		if (enabled) {
			account.unlock();
		}
	}

	@Transactional
	public void resetPassword(long id, String password) {
		checkPassword(password);
		Account account = find(id);
		account.setPasswordHash(encoder.encode(password));
		account.unlock();
	}

	/** Called for every failed sign-in with a username that exists; locks after too many in a row. */
	@Transactional
	public void signInFailed(String username) {
		Instant now = clock.instant();
		accounts.findByUsername(normalize(username))
			.ifPresent(a -> a.signInFailed(properties.maxFailedSignIns(), now.plus(properties.lockout())));
	}

	@Transactional
	public void signedIn(String username) {
		accounts.findByUsername(normalize(username)).ifPresent(Account::signedIn);
	}

	@Transactional(readOnly = true)
	public Optional<Account> byUsername(String username) {
		return accounts.findByUsername(normalize(username));
	}

	static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
				|| password.chars().anyMatch(Character::isISOControl)) {
			throw new AccountException("password", "account.error.password");
		}
	}

	private Account find(long id) {
		return accounts.findById(id).orElseThrow(() -> new AccountException("account", "account.error.unknown"));
	}

	private void requireAnotherActiveAdmin() {
		if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountException("role", "account.error.lastAdmin");
		}
	}

}
