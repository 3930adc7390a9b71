package org.detaineetracker.web;

import java.util.Locale;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Names the database constraint behind a failed write. Forms check every rule first; a unique slug
 * can still be taken by someone else between the check and the save, and then the form says so
 * instead of failing (see {@link Writes}).
 */
public final class Constraints {

	private Constraints() {
	}

	public static boolean violated(DataIntegrityViolationException failure, String constraint) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof org.hibernate.exception.ConstraintViolationException violation
					&& violation.getConstraintName() != null
					&& violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
			// a trigger names the rule it enforces in the error's constraint field (RAISE ... constraint = ...)
			if (t instanceof PSQLException server && server.getServerErrorMessage() != null
					&& constraint.equals(server.getServerErrorMessage().getConstraint())) {
				return true;
			}
			if (t.getMessage() != null && t.getMessage().contains("\"" + constraint + "\"")) {
				return true;
			}
		}
		return false;
	}

}
