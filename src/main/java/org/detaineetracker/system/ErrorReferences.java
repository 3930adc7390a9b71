package org.detaineetracker.system;

/** The error references of {@link ErrorReference}, for answers rendered outside this package (the JSON API). */
public final class ErrorReferences {

	private ErrorReferences() {
	}

	public static String next() {
		return ErrorReference.next();
	}

}
