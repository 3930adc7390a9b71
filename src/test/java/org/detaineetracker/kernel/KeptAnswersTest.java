package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptAnswersTest {

	private final KeptAnswers<String, String> kept = new KeptAnswers<>(100, String::length);

	@Test
	void anAnswerIsKeptForExactlyTheVersionItWasMadeAt() {
		kept.put("a", 7, "answer");
		assertThat(kept.get("a", 7)).isEqualTo("answer");
		assertThat(kept.get("a", 8)).isNull();
		assertThat(kept.get("b", 7)).isNull();
	}

	@Test
	void anAnswerOfANewVersionDropsEveryAnswerOfAnother() {
		kept.put("a", 7, "x".repeat(10));
		kept.put("b", 7, "x".repeat(10));
		kept.put("c", 8, "x".repeat(5));
		assertThat(kept.get("a", 7)).isNull();
		assertThat(kept.get("b", 7)).isNull();
		assertThat(kept.size()).isEqualTo(5);
	}

	@Test
	void theLeastRecentlyReadGoFirstWhenTheBudgetIsSpent() {
		kept.put("a", 7, "x".repeat(20));
		kept.put("b", 7, "x".repeat(20));
		kept.put("c", 7, "x".repeat(20));
		kept.get("a", 7);
		kept.put("d", 7, "x".repeat(20));
		kept.put("e", 7, "x".repeat(20));
		kept.put("f", 7, "x".repeat(20));
		assertThat(kept.get("b", 7)).as("read least recently").isNull();
		assertThat(kept.get("a", 7)).isNotNull();
		assertThat(kept.size()).isLessThanOrEqualTo(100);
	}

	@Test
	void anAnswerLargerThanAQuarterOfTheBudgetIsNotKept() {
		kept.put("a", 7, "x".repeat(26));
		assertThat(kept.get("a", 7)).isNull();
		assertThat(kept.size()).isZero();
		kept.put("a", 7, "x".repeat(25));
		kept.put("a", 7, "y".repeat(10));
		assertThat(kept.get("a", 7)).isEqualTo("y".repeat(10));
		assertThat(kept.size()).as("a replaced answer no longer counts").isEqualTo(10);
	}

}
