package org.detaineetracker.account;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in with username and password. In this order: the name must have a guess left (the
 * lockout, reserved before any password is checked); the password is checked, against a stand-in
 * hash when there is no such account so that both take as long; only then is a disabled account
 * refused, so its state is told only to someone who knows its password. The password is taken
 * exactly as typed. An old-style hash is rewritten with today's encoder.
 */
@Component
class AccountSignIn implements AuthenticationProvider {

	private final AccountService accounts;

	private final SignInGuesses guesses;

	private final PasswordEncoder encoder;

	private final AdminBootstrap firstAccount;

	private volatile String standInHash;

	AccountSignIn(AccountService accounts, SignInGuesses guesses, PasswordEncoder encoder, AdminBootstrap firstAccount) {
		this.accounts = accounts;
		this.guesses = guesses;
		this.encoder = encoder;
		this.firstAccount = firstAccount;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return signIn(authentication);
		}
		catch (DataAccessException unanswered) {
			// a failed sign-in for the form to report, not a server error
			throw new InternalAuthenticationServiceException("the database cannot be reached", unanswered);
		}
	}

	private Authentication signIn(Authentication authentication) {
		String username = AccountService.normalize(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (!AccountService.USERNAME.matcher(username).matches()) {
			// no account can have this name, so refusing it at once tells nothing
			throw new BadCredentialsException("not a username");
		}
		if (!guesses.reserve(username)) {
			throw new LockedException("too many guesses");
		}
		// on a first start, the administrator's account may not be made yet
		firstAccount.awaitFirstAccount();
		Optional<Account> found = accounts.byUsername(username);
		if (found.isEmpty()) {
			encoder.matches(password, standInHash());
			throw new BadCredentialsException("wrong username or password");
		}
		Account account = found.get();
		if (!encoder.matches(password, account.getPasswordHash())) {
			throw new BadCredentialsException("wrong username or password");
		}
		if (!account.isEnabled()) {
			throw new DisabledException("disabled");
		}
		guesses.forget(username);
		if (encoder.upgradeEncoding(account.getPasswordHash())) {
			accounts.rehash(account.getId(), account.getPasswordHash(), encoder.encode(password));
		}
		return UsernamePasswordAuthenticationToken.authenticated(AccountPrincipal.of(account), null,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String standInHash() {
		if (standInHash == null) {
			standInHash = encoder.encode("a stand-in password that no account has");
		}
		return standInHash;
	}

}
