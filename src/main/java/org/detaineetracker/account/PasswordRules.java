package org.detaineetracker.account;

import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 12 to 128 characters (counted as a person counts them, so an emoji is
 * one), no control characters, something visible, and not one of the first guesses an attacker
 * tries. Passwords are taken exactly as typed: never trimmed, never normalised.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** The first guesses of every password list that are long enough to pass the length rule. */
	private static final Set<String> COMMON = Set.of("password1234", "password12345", "password123456",
			"password123!", "passwordpassword", "qwertyuiopas", "qwerty123456", "123456qwerty", "1q2w3e4r5t6y",
			"1qaz2wsx3edc", "iloveyou1234", "letmein12345", "welcome12345", "changeme1234", "administrator",
			"adminadmin123", "trustno1trustno1", "correcthorsebatterystaple", "passw0rd1234", "p@ssw0rd1234",
			"qwertyuiop123", "asdfghjkl123", "zxcvbnm12345", "1234qwerasdf", "detaineetracker");

	private PasswordRules() {
	}

	/** The message key saying why {@code password} is refused, or null when it is good enough. */
	static String problem(String password) {
		if (password == null) {
			return "account.error.password";
		}
		int[] characters = password.codePoints().toArray();
		if (characters.length < MIN_LENGTH || characters.length > MAX_LENGTH
				|| password.codePoints().anyMatch(Character::isISOControl)) {
			return "account.error.password";
		}
		if (password.codePoints().allMatch(PasswordRules::invisible)) {
			return "account.error.passwordInvisible";
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || repeats(characters) || isRun(characters)) {
			return "account.error.passwordWeak";
		}
		return null;
	}

	private static boolean invisible(int c) {
		int type = Character.getType(c);
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
				|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE
				// letters and symbols that draw nothing: Hangul fillers, the blank Braille pattern
				|| c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
	}

	/** One shorter part over and over: aaaaaaaaaaaa, abcabcabcabc, 121212121212. */
	private static boolean repeats(int[] characters) {
		int length = characters.length;
		for (int unit = 1; unit <= length / 2; unit++) {
			if (length % unit != 0) {
				continue;
			}
			boolean repeated = true;
			for (int i = unit; i < length && repeated; i++) {
				repeated = characters[i] == characters[i - unit];
			}
			if (repeated) {
				return true;
			}
		}
		return false;
	}

	/** Neighbours on the keyboard's number row or in the alphabet: 123456789012, abcdefghijkl, 0987654321… */
	private static boolean isRun(int[] characters) {
		return isRun(characters, 1) || isRun(characters, -1);
	}

	private static boolean isRun(int[] characters, int step) {
		for (int i = 1; i < characters.length; i++) {
			int previous = Character.toLowerCase(characters[i - 1]);
			int current = Character.toLowerCase(characters[i]);
			boolean next = current == previous + step || (step == 1 && previous == '9' && current == '0')
					|| (step == -1 && previous == '0' && current == '9');
			if (!next) {
				return false;
			}
		}
		return true;
	}

}
