package org.detaineetracker.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * On the first start with no accounts, creates {@code admin} so someone can sign in: with the
 * password in TRACKER_ADMIN_PASSWORD, or a random one printed once in the log.
 * <p>
 * Whether to, and with which password, is settled during the start (a password the rules refuse
 * stops it there). Making the account is left until the first request has been answered, or until
 * {@code tracker.first-account.latest} (2 s) after the start if none comes: hashing the password with
 * Argon2 in a JVM that has not compiled it yet takes about 0.4 s of a core, and the first account
 * also makes the account repository; on two cores that delayed the first page of a first start by
 * about as much. A sign-in that comes before the account is made has it made at once and waits for
 * it, and so does a stop, so that a start which ends early still leaves its account.
 */
@Component
class AdminBootstrap implements ApplicationRunner, ApplicationListener<ServletRequestHandledEvent> {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	/** How long a sign-in or a stop waits for the account before giving up. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountService accounts;

	private final MessageSource messages;

	private final String configuredPassword;

	/** How long after the start the account is made if no request has come by then. */
	private final Duration latest;

	/**
	 * Completed once nothing is left to do: at once when accounts exist, else once admin is made or
	 * could not be (then the error is in the log, and sign-in goes on to find no such account).
	 */
	private final CompletableFuture<Void> made = new CompletableFuture<>();

	private final CompletableFuture<Void> go = new CompletableFuture<>();

	private final AtomicBoolean pending = new AtomicBoolean();

	AdminBootstrap(AccountService accounts, MessageSource messages,
			@Value("${TRACKER_ADMIN_PASSWORD:}") String configuredPassword,
			@Value("${tracker.first-account.latest:2s}") Duration latest) {
		this.accounts = accounts;
		this.messages = messages;
		this.configuredPassword = configuredPassword;
		this.latest = latest;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.none()) {
			made.complete(null);
			return;
		}
		boolean configured = !configuredPassword.isBlank();
		String password = configured ? configuredPassword : randomPassword();
		String problem = PasswordRules.problem(password);
		if (problem != null) {
			throw new IllegalStateException("TRACKER_ADMIN_PASSWORD is refused: " + messages.getMessage(problem, null,
					problem, Locale.ENGLISH) + " No account was made; set a better one and start again.");
		}
		pending.set(true);
		Thread maker = new Thread(() -> makeWhenDue(password, configured), "first-account");
		maker.setDaemon(true);
		maker.start();
	}

	/** The first answered request: the first page is out, so the account may take a core now. */
	@Override
	public void onApplicationEvent(ServletRequestHandledEvent answered) {
		go.complete(null);
	}

	/**
	 * Waits until the first account is made, having it made now if it is still due; returns at once
	 * when there was none to make. Sign-in asks this before looking an account up.
	 */
	void awaitFirstAccount() {
		if (!made.isDone() && !makeNowAndWait()) {
			throw new InternalAuthenticationServiceException("the first account is still being made");
		}
	}

	/** A stop that comes before the account was due makes it first, so the start leaves its account. */
	@EventListener(ContextClosedEvent.class)
	void finishBeforeStopping() {
		if (pending.get() && !made.isDone()) {
			// false: still under way after the wait; the next start makes it if it is missing
			makeNowAndWait();
		}
	}

	/** Whether the account is there within {@link #WAIT}, having it made at once if it is still due. */
	private boolean makeNowAndWait() {
		go.complete(null);
		try {
			made.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException notYet) {
			return false;
		}
	}

	private void makeWhenDue(String password, boolean configured) {
		try {
			go.get(latest.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException due) {
			// no request came: make it anyway, so the password is in the log soon after the start
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		try {
			accounts.create("admin", password, Role.ADMIN);
			if (configured) {
				log.info("Created the first account 'admin' with the password from TRACKER_ADMIN_PASSWORD.");
			}
			else {
				log.warn("Created the first account 'admin' with the generated password: {}  "
						+ "(shown only this once; change it under Users, or set TRACKER_ADMIN_PASSWORD before the first start)",
						password);
			}
		}
		catch (RuntimeException failed) {
			log.error("Could not create the first account 'admin'; the next start tries again.", failed);
		}
		finally {
			made.complete(null);
		}
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
