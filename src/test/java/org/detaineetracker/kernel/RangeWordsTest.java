package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeWordsTest {

	/** An open or zero end beside a round number is said as a source says it; any other keeps its number. */
	@ParameterizedTest(name = "[{0}, {1}] → {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			4501 | none | OVER       | 4500
			8001 | none | OVER       | 8000
			4351 | none | OVER       | 4350
			4352 | none | AT_LEAST   | 4352
			6000 | none | AT_LEAST   | 6000
			1    | none | AT_LEAST   | 1
			0    | none | UNKNOWN    | 0
			9000 | 9000 | EXACT      | 9000
			0    | 5999 | FEWER_THAN | 6000
			0    | 599  | FEWER_THAN | 600
			0    | 1450 | AT_MOST    | 1450
			0    | 8    | AT_MOST    | 8
			5400 | 5999 | BETWEEN    | 5400
			""")
	void wordsFollowTheRoundNumber(long lower, Long upper, RangeWords.Form form, long number) {
		RangeWords.Words words = RangeWords.of(lower, upper);
		assertThat(words.form()).isEqualTo(form);
		assertThat(words.number()).isEqualTo(number);
	}

}
