package org.detaineetracker.web;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Writes a record now, inside the service's transaction, so that what another save did in the
 * meantime comes back as an answer the form gives (a conflict, a field error) and never as a failed
 * commit: a lost version race becomes {@link StaleRecordException}, a violated unique constraint
 * (a slug taken between the check and the save) a {@link RejectedFormException} on its field.
 */
public final class Writes {

	/** A database constraint and the form error that says the same in words. */
	public record Unique(String constraint, String field, String code) {

		public static Unique slug(String constraint) {
			return new Unique(constraint, "slug", "form.slug.taken");
		}

	}

	private Writes() {
	}

	/** Inserts a new record. */
	public static <T> T insert(Object form, Supplier<T> save, Unique... uniques) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException failure) {
			throw refusal(form, failure, uniques);
		}
	}

	/** Writes the changes made to a stored record. */
	public static void flush(JpaRepository<?, ?> repository, Object form, String what, long id, Unique... uniques) {
		try {
			repository.flush();
		}
		catch (ObjectOptimisticLockingFailureException lostRace) {
			throw new StaleRecordException(what, id);
		}
		catch (DataIntegrityViolationException failure) {
			throw refusal(form, failure, uniques);
		}
	}

	private static RuntimeException refusal(Object form, DataIntegrityViolationException failure, Unique... uniques) {
		for (Unique unique : uniques) {
			if (Constraints.violated(failure, unique.constraint())) {
				return RejectedFormException.field(form, unique.field(), unique.code());
			}
		}
		return failure;
	}

}
