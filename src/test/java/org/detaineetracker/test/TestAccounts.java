package org.detaineetracker.test;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;

import org.detaineetracker.account.AccountService;
import org.detaineetracker.account.Role;

/**
 * One account per role with known passwords, created when a test context starts (before the
 * application's own first-admin bootstrap, which then finds accounts and does nothing).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts implements InitializingBean {

	public static final String PASSWORD = "correct-horse-battery";

	public static final String ANALYST = "analyst";

	public static final String EDITOR = "editor";

	public static final String ADMIN = "admin";

	private final AccountService accounts;

	TestAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public void afterPropertiesSet() {
		ensure(ANALYST, Role.ANALYST);
		ensure(EDITOR, Role.EDITOR);
		ensure(ADMIN, Role.ADMIN);
	}

	private void ensure(String username, Role role) {
		if (accounts.byUsername(username).isEmpty()) {
			accounts.create(username, PASSWORD, role);
		}
	}

}
