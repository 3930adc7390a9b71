package org.detaineetracker.web;

import java.security.SecureRandom;

/**
 * Short references that a user can quote from an error page and an operator can find in the log.
 * Public for answers rendered outside this package, such as the claim finder's JSON errors.
 */
public final class ErrorReference {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ErrorReference() {
	}

	public static String next() {
		char[] reference = new char[8];
		for (int i = 0; i < reference.length; i++) {
			reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(reference);
	}

}
