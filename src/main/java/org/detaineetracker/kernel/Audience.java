package org.detaineetracker.kernel;

import java.util.function.Supplier;

/**
 * Who the current thread reads for. Signed-in accounts (by session or token) read every record;
 * a visitor without an account, where public reading is on, reads the {@link #PUBLIC} part: no
 * internal figure, movement or source, and nothing that rests on one.
 * <p>
 * The database enforces it: connections taken while the audience is public act as the role
 * {@code tracker_public}, which row-level security keeps from internal records (migration V119).
 * What is kept in memory per data version (population pictures, estimate snapshots, rendered pages)
 * is kept per audience too, so the two never pass to each other.
 */
public enum Audience {

	/** Signed-in accounts, and the application's own work outside a request. */
	MEMBERS,

	/** Visitors without an account. */
	PUBLIC;

	private static final ThreadLocal<Audience> CURRENT = new ThreadLocal<>();

	/** The audience of the current thread; {@link #MEMBERS} unless a public reader set it. */
	public static Audience current() {
		Audience audience = CURRENT.get();
		return audience == null ? MEMBERS : audience;
	}

	/** Runs {@code work} for this audience on the current thread, then restores the one before. */
	public <T> T read(Supplier<T> work) {
		try (Scope scope = enter()) {
			return work.get();
		}
	}

	/** Makes this the current thread's audience until the scope is closed (try-with-resources). */
	public Scope enter() {
		Audience before = CURRENT.get();
		CURRENT.set(this);
		return () -> {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		};
	}

	/** The time an audience is current; closing it restores the audience before. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
