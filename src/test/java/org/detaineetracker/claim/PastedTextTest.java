package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The policy for what an editor pastes: empty, too long, binary, or readable with stray controls dropped. */
class PastedTextTest {

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n\n\t ", "\u00A0\u2003" })
	void blankIsEmpty(String text) {
		assertThat(PastedText.check(text).problem()).isEqualTo(PastedText.Problem.EMPTY);
	}

	@Test
	void theLimitCountsCharacters() {
		assertThat(PastedText.check("x".repeat(ClaimLimits.MAX_TEXT_CHARS)).readable()).isTrue();
		assertThat(PastedText.check("x".repeat(ClaimLimits.MAX_TEXT_CHARS + 1)).problem())
			.isEqualTo(PastedText.Problem.TOO_LONG);
	}

	@Test
	void aNulMeansBinary() {
		assertThat(PastedText.check("A long article with one NUL\u0000 in it. ".repeat(100)).problem())
			.isEqualTo(PastedText.Problem.BINARY);
	}

	@Test
	void manyControlCharactersOrUndecodableBytesMeanBinary() {
		assertThat(PastedText.check("\u0001\u0002\u0003\u0004 four").problem()).isEqualTo(PastedText.Problem.BINARY);
		assertThat(PastedText.check("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD").problem()).isEqualTo(PastedText.Problem.BINARY);
		// four in a long text are stray, not binary
		PastedText stray = PastedText.check("\u0001\u0002\u0003\u0004" + "x".repeat(400));
		assertThat(stray.readable()).isTrue();
		assertThat(stray.controlCharacters()).isEqualTo(4);
	}

	@Test
	void aFewStrayControlCharactersAreCountedAndLineBreaksAreNot() {
		PastedText text = PastedText.check("Nearly 6,000\u001b detainees\r\n\u000Bare\theld\u0007.");
		assertThat(text.readable()).isTrue();
		assertThat(text.controlCharacters()).isEqualTo(2);
	}

}
