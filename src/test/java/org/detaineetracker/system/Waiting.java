package org.detaineetracker.system;

import java.util.function.BooleanSupplier;

/** For tests of work the application does on threads of its own: waits until it shows, or 30 s. */
final class Waiting {

	private Waiting() {
	}

	/** Returns once the condition holds or 30 s have passed; the caller asserts which. */
	static void until(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

}
