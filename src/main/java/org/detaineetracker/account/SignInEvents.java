package org.detaineetracker.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account so that guessing passwords gets an account locked for a while. */
@Component
class SignInEvents {

	private final AccountService accounts;

	SignInEvents(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.signInFailed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.signedIn(event.getAuthentication().getName());
	}

}
