package org.detaineetracker.kernel;

import java.util.function.Supplier;

/**
 * Whether the database may have changed since a moment this process remembers, so that a small
 * check asked on every request (the data version, whether a session's account is still as it
 * signed in) need only be asked again after a change. {@link Remembered} keeps such answers.
 */
public interface DataChanges {

	/** What {@link #epoch()} returns while this process cannot be sure to hear of every change. */
	long UNSURE = -1;

	/**
	 * A number that moves on every change this process makes or is told of; {@link #UNSURE} while a
	 * change could go unheard (then every check is asked).
	 */
	long epoch();

	/** Runs a check; the connection it uses is not itself taken as a change. */
	<T> T asking(Supplier<T> check);

}
