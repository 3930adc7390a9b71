package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * The lockout over real HTTP against PostgreSQL: parallel guesses cannot check more passwords than
 * the budget, nothing answers 500, and a name without an account answers exactly as one with.
 */
@TrackerServerTest
class SignInLockoutIT {

	static final int PARALLEL = 40;

	static final int BUDGET = 5;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fortyParallelGuessesCheckAtMostTheBudgetAndTheRightPasswordAfterwardsIsRefused() throws Exception {
		accounts.create("raced", "the-right-password", Role.ANALYST);
		Map<String, Integer> answers = guessInParallel("raced");
		System.out.println("Parallel sign-in guesses on an account: " + answers);
		assertThat(answers.getOrDefault("500", 0)).as("500s").isZero();
		assertThat(answers.getOrDefault("/login?error", 0)).as("passwords checked").isLessThanOrEqualTo(BUDGET);
		assertThat(answers.getOrDefault("/login?error", 0) + answers.getOrDefault("/login?locked", 0)).isEqualTo(PARALLEL);
		assertThat(WebSession.anonymous(port).signIn("raced", "the-right-password").header("Location"))
			.endsWith("/login?locked");
	}

	@Test
	void parallelGuessesAtANameWithoutAnAccountAnswerTheSame() throws Exception {
		Map<String, Integer> answers = guessInParallel("nobody-by-this-name");
		System.out.println("Parallel sign-in guesses on an unknown name: " + answers);
		assertThat(answers.getOrDefault("500", 0)).isZero();
		assertThat(answers.getOrDefault("/login?error", 0)).isLessThanOrEqualTo(BUDGET);
		assertThat(answers.getOrDefault("/login?locked", 0)).isGreaterThanOrEqualTo(PARALLEL - BUDGET);
	}

	@Test
	void aNameWithoutAnAccountIsLockedAfterTheSameGuessesAsOneWith() throws Exception {
		accounts.create("exists-here", "the-right-password", Role.ANALYST);
		assertThat(answersToSevenWrongGuesses("no-such-account")).isEqualTo(answersToSevenWrongGuesses("exists-here"))
			.containsExactly("/login?error", "/login?error", "/login?error", "/login?error", "/login?error",
					"/login?locked", "/login?locked");
	}

	@Test
	void anAccountCreatedUnderANameGuessedBeforeStartsWithItsFullBudget() throws Exception {
		answersToSevenWrongGuesses("guessed-before");
		accounts.create("guessed-before", "the-right-password", Role.ANALYST);
		WebSession.signedIn(port, "guessed-before", "the-right-password");
	}

	private List<String> answersToSevenWrongGuesses(String username) throws Exception {
		WebSession session = WebSession.anonymous(port);
		List<String> answers = new ArrayList<>();
		for (int guess = 1; guess <= 7; guess++) {
			answers.add(answer(session.signIn(username, "wrong-guess-" + guess)));
		}
		return answers;
	}

	/** Where a sign-in sent the visitor, from /login on, or its status when it was no redirect. */
	private static String answer(Page page) {
		String location = page.header("Location");
		if (page.status() != 302 || location == null) {
			return String.valueOf(page.status());
		}
		return location.contains("/login") ? location.substring(location.indexOf("/login")) : location;
	}

	/** Every guess gets its own session and CSRF token first, then all are sent at once. */
	private Map<String, Integer> guessInParallel(String username) throws Exception {
		ExecutorService attackers = Executors.newFixedThreadPool(PARALLEL);
		try {
			CyclicBarrier start = new CyclicBarrier(PARALLEL);
			List<Future<String>> guesses = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				String password = "wrong-password-" + i;
				guesses.add(attackers.submit(() -> {
					WebSession session = WebSession.anonymous(port);
					String token = session.csrfToken();
					start.await(30, TimeUnit.SECONDS);
					return answer(session.post("/login", Map.of("username", username, "password", password, "_csrf", token)));
				}));
			}
			Map<String, Integer> answers = new TreeMap<>();
			for (Future<String> guess : guesses) {
				answers.merge(guess.get(60, TimeUnit.SECONDS), 1, Integer::sum);
			}
			return answers;
		}
		finally {
			attackers.shutdownNow();
		}
	}

}
