package org.detaineetracker.account;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id, which reads the whole password (bcrypt reads only its first
 * 72 bytes, and Spring Security refuses longer ones with an exception). Hashes written before,
 * {@code {bcrypt}…}, still verify, and are rewritten as Argon2 at the account's next sign-in.
 */
public final class PasswordHashing {

	/** OWASP's Argon2id choice of 12 MiB, 3 passes, 1 lane: memory-hard, yet small beside the heap. */
	static final int MEMORY_KIB = 12 * 1024;

	static final int ITERATIONS = 3;

	private PasswordHashing() {
	}

	public static PasswordEncoder encoder() {
		PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
		DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new OldBcrypt()));
		return new Bounded(delegating, Math.max(2, Runtime.getRuntime().availableProcessors()));
	}

	/** Checks the hashes stored before Argon2; never makes new ones. */
	private static final class OldBcrypt implements PasswordEncoder {

		private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			// No stored bcrypt hash is of a longer password, and bcrypt refuses to check one with an exception.
			return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
					&& bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	/**
	 * At most one hash per core at a time. Each Argon2 hash holds {@link #MEMORY_KIB} of heap for its
	 * run, so a burst of sign-ins (under any names) queues here instead of running out of memory.
	 */
	private static final class Bounded implements PasswordEncoder {

		private final PasswordEncoder encoder;

		private final Semaphore permits;

		Bounded(PasswordEncoder encoder, int concurrent) {
			this.encoder = encoder;
			this.permits = new Semaphore(concurrent, true);
		}

		@Override
		public String encode(CharSequence rawPassword) {
			permits.acquireUninterruptibly();
			try {
				return encoder.encode(rawPassword);
			}
			finally {
				permits.release();
			}
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			permits.acquireUninterruptibly();
			try {
				return encoder.matches(rawPassword, encodedPassword);
			}
			finally {
				permits.release();
			}
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return encoder.upgradeEncoding(encodedPassword);
		}

	}

}
