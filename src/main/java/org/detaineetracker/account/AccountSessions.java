package org.detaineetracker.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.detaineetracker.kernel.DataChanges;
import org.detaineetracker.kernel.Remembered;

/**
 * Account changes reach sessions at their next request: every signed-in request checks its account's
 * row (one primary-key lookup) and a session whose account was changed, disabled or removed since
 * it signed in ends there and goes on as a visitor. It reads the database, not memory, so it holds
 * for every server sharing the database. The answer is remembered between changes ({@link DataChanges}:
 * this process's own writes, and PostgreSQL's notice of anyone else's write to an account or the
 * data), so a reader clicking through pages costs no statement. While the database cannot answer,
 * nothing is remembered and signed-in requests get a 503 rather than pass unchecked.
 */
@Component
public class AccountSessions {

	/** Begins with the same sentence as every other outage answer, so clients and people see one message. */
	static final String DATABASE_UNAVAILABLE = "The database cannot be reached right now. "
			+ "Your session cannot be checked until it is back; please try again in a minute.";

	private final JdbcClient jdbc;

	/** Answers per account and what it signed in with; a few hundred people sign in at most. */
	private final Remembered<AccountPrincipal, Boolean> current;

	AccountSessions(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.current = new Remembered<>(changes, 1_000);
	}

	/**
	 * Whether the account is still enabled, with the same role and access version it signed in with:
	 * asked again after any change to the data or to an account ({@link DataChanges}).
	 */
	boolean isCurrent(AccountPrincipal principal) {
		return current.get(principal, () -> ask(principal));
	}

	private boolean ask(AccountPrincipal principal) {
		return jdbc.sql("select exists (select 1 from account where id = ? and access_version = ? and role = ? and enabled)")
			.param(principal.id())
			.param(principal.accessVersion())
			.param(principal.role().name())
			.query(Boolean.class)
			.single();
	}

	/** The filter that ends sessions of changed accounts; it belongs after the CSRF check. */
	public OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {

			private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				Authentication authentication = contexts.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
					boolean current;
					try {
						current = isCurrent(principal);
					}
					catch (DataAccessException unanswered) {
						// Neither let an unchecked session through nor sign it out for a database outage.
						response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE);
						return;
					}
					if (!current) {
						contexts.clearContext();
						HttpSession session = request.getSession(false);
						if (session != null) {
							session.invalidate();
						}
					}
				}
				chain.doFilter(request, response);
			}

		};
	}

}
