package org.detaineetracker.kernel;

/**
 * How a range of whole numbers of people is put into words, decided once for every page: the
 * estimates' messages ({@link FigureWords#range}) and the population model's derivations both follow
 * it. People write "over 4,500" and "fewer than 6,000", never "4,501 or more" or "between 0 and
 * 5,999", so an open or zero end beside a round number is said as a source would say it; any other
 * end keeps its exact number ("at least 4,351", "at most 1,450").
 */
public final class RangeWords {

	/** The shape of the words; {@code number} is the one number they name (the lower one of a range). */
	public enum Form {
		/** nothing known: no lower and no upper limit */
		UNKNOWN,
		EXACT,
		/** "over n": an open end just above a round number */
		OVER,
		AT_LEAST,
		/** "fewer than n": from zero to just below a round number */
		FEWER_THAN,
		AT_MOST,
		BETWEEN
	}

	public record Words(Form form, long number, Long upper) {
	}

	private RangeWords() {
	}

	public static Words of(long lower, Long upper) {
		if (upper == null) {
			if (lower == 0) {
				return new Words(Form.UNKNOWN, 0, null);
			}
			return isRound(lower - 1) ? new Words(Form.OVER, lower - 1, null) : new Words(Form.AT_LEAST, lower, null);
		}
		if (lower == upper) {
			return new Words(Form.EXACT, lower, upper);
		}
		if (lower == 0) {
			return isRound(upper + 1) ? new Words(Form.FEWER_THAN, upper + 1, upper) : new Words(Form.AT_MOST, upper, upper);
		}
		return new Words(Form.BETWEEN, lower, upper);
	}

	/** A number a writer would round to: a multiple of ten, at least ten. */
	static boolean isRound(long value) {
		return value >= 10 && value % 10 == 0;
	}

}
