package org.detaineetracker.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates {@code admin} so someone can sign in: with the
 * password in TRACKER_ADMIN_PASSWORD, or a random one printed once in the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountService accounts;

	private final String configuredPassword;

	AdminBootstrap(AccountService accounts, @Value("${TRACKER_ADMIN_PASSWORD:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.none()) {
			return;
		}
		if (!configuredPassword.isBlank()) {
			accounts.create("admin", configuredPassword, Role.ADMIN);
			log.info("Created the first account 'admin' with the password from TRACKER_ADMIN_PASSWORD.");
			return;
		}
		String password = randomPassword();
		accounts.create("admin", password, Role.ADMIN);
		log.warn("Created the first account 'admin' with the generated password: {}  "
				+ "(shown only this once; change it under Users, or set TRACKER_ADMIN_PASSWORD before the first start)",
				password);
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
