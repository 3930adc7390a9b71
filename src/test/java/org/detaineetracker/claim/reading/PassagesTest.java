package org.detaineetracker.claim.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.Passage;
import org.detaineetracker.web.Rules;

/** The passage a candidate is read in: its sentence, cut around the figure when longer than 600 characters. */
class PassagesTest {

	private final ClaimFinder finder = new ClaimFinder();

	@Test
	void aPassageIsTheSentenceOfTheFigure() {
		Findings findings = finder.read("First line.\nGuards said that about 300 prisoners were moved. Then nothing.",
				PlaceNames.NONE);
		Passage passage = passageOf(findings, 300);
		assertThat(passage.getText()).isEqualTo("Guards said that about 300 prisoners were moved.");
		assertThat(findings.text().substring(passage.getStart(), passage.getEnd())).isEqualTo(passage.getText());
		assertThat(passage.getPastedTextSha256()).isEqualTo("sha");
	}

	@Test
	void aLongSentenceIsCutAroundTheFigureAtWordBoundaries() {
		String before = "word ".repeat(200);
		String after = " and more".repeat(150);
		String text = "Officials counted " + before + "nearly 6,000 detainees" + after + ".";
		Findings findings = finder.read(text, PlaceNames.NONE);
		Passage passage = passageOf(findings, 6000);
		assertThat(passage.getText().length()).isLessThanOrEqualTo(Rules.PASSAGE_MAX);
		assertThat(passage.getText()).contains("nearly 6,000 detainees").startsWith("word ");
		assertThat(text.substring(passage.getStart(), passage.getEnd())).isEqualTo(passage.getText());
		// whole words only
		assertThat(text.charAt(passage.getStart() - 1)).isEqualTo(' ');
		assertThat(text.charAt(passage.getEnd())).isEqualTo(' ');
	}

	@Test
	void aPassageNeverHoldsALineBreakNorStartsOrEndsWithSpace() {
		Findings findings = finder.read("  \t Nearly 900 detainees were flown out \n\nby night.", PlaceNames.NONE);
		Passage passage = passageOf(findings, 900);
		assertThat(passage.getText()).isEqualTo("Nearly 900 detainees were flown out").doesNotContain("\n");
		assertThat(passage.getText().trim()).isEqualTo(passage.getText());
	}

	@Test
	void aPassageNeverSplitsASurrogatePair() {
		String emoji = "😀".repeat(400);
		Findings findings = finder.read(emoji + " nearly 6,000 detainees " + emoji, PlaceNames.NONE);
		Passage passage = passageOf(findings, 6000);
		assertThat(Character.isLowSurrogate(passage.getText().charAt(0))).isFalse();
		assertThat(Character.isHighSurrogate(passage.getText().charAt(passage.getText().length() - 1))).isFalse();
		assertThat(passage.getText().length()).isLessThanOrEqualTo(Rules.PASSAGE_MAX);
	}

	private static Passage passageOf(Findings findings, int value) {
		Candidate candidate = findings.candidates().stream().filter(c -> c.value() == value).findFirst().orElseThrow();
		return Passages.of(findings.text(), new TextLayout(findings.text()), candidate, "sha", Rules.PASSAGE_MAX);
	}

}
