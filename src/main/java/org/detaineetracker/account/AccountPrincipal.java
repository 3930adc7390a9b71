package org.detaineetracker.account;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who a session signed in as, and the account's access version at that moment: once the account's
 * role, state or password changes, the two differ and the session ends.
 */
public record AccountPrincipal(long id, String username, Role role, long accessVersion)
		implements Principal, Serializable {

	static AccountPrincipal of(Account account) {
		return new AccountPrincipal(account.getId(), account.getUsername(), account.getRole(),
				account.getAccessVersion());
	}

	@Override
	public String getName() {
		return username;
	}

}
