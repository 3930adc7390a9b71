package org.detaineetracker.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in reads accounts from the database; a locked or disabled account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
			.disabled(!account.isEnabled())
			.accountLocked(account.isLocked(clock.instant()))
			.build();
	}

}
