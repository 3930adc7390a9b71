package org.detaineetracker.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.population.Range;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** /help/figures explains the population model with the seed story, its numbers the model's own. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class HelpFiguresPopulationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theWorkedExampleTellsTheSeedStoryWithTheModelsNumbers() throws Exception {
		Page page = Pages.fetch(mvc, "/help/figures");
		assertThat(page.document().select("#population-rules li")).hasSize(8);
		assertThat(page.text("#story-december-2024")).contains("9,000, from 2 independent sources");
		assertThat(page.text("#story-january-2026")).contains("cannot all be right", "reported 7,000 on 21 January 2026");
		assertThat(page.text("#story-transfer")).contains("2 reports from 1 independent source",
				"one movement of between 5,400 and 5,999", "airlift of 7,000", "not subtracted");
		assertThat(page.text("#story-iraq")).contains("holds between 5,400 and 5,999", "the 150 high-value",
				"holds between 5,550 and 6,149");
		assertThat(page.text("#story-sdf")).contains(
				"7,000 on 21 January 2026 − 150 moved out on 21 January 2026 − nearly 6,000 moved out in February 2026 = between 851 and 1,450",
				"Panorama (at most 1,450)", "remainder (at most 1,450)");
		assertThat(page.text("#story-al-hol")).contains("Government of Syria from February 2026",
				"(50,000, as reported in December 2024) are from then on not attributed");
		assertThat(page.text("#story-before")).contains("the SDF holds 9,000");
	}

	@Test
	void theStoryAgreesWithTheSeedStoryTestsBounds() {
		SeedStory.Story story = SeedStory.tell();
		assertThat(story.december2024()).isEqualTo(Range.exactly(9000));
		assertThat(story.iraqNow()).isEqualTo(Range.between(5550, 6149));
		assertThat(story.sdfNow()).isEqualTo(Range.upTo(1450));
		assertThat(story.sdfShared()).isEqualTo(Range.upTo(1450));
		assertThat(story.iraqBefore()).isFalse();
	}

}
