package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The claim finder against the labelled seed articles, which live outside the repository (their
 * text may not be copied into it) in {@code ../shared/seeds}, beside the clone, as on CI.
 */
class ClaimEvaluationTest {

	private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

	@Test
	void findsTheLabelledFiguresOfTheSeedArticles() throws IOException {
		Path seeds = PROJECT.resolve(ClaimEvaluation.DEFAULT_ARTICLES).normalize();
		if (!Files.isDirectory(seeds)) {
			fail("The seed articles are missing: expected a folder of .txt files at " + seeds
					+ ". Put the shared folder (with seeds/) beside the project, as CI does.");
		}
		ClaimEvaluation.Report report = ClaimEvaluation.evaluate(seeds, PROJECT.resolve(ClaimEvaluation.DEFAULT_LABELS),
				new ClaimFinder());

		assertThat(report.results()).as("seed articles").hasSize(5);
		assertThat(report.expected()).as("labelled figures").isEqualTo(10);
		assertThat(report.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
		assertThat(report.precision()).as("precision").isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void readsQuotedFieldsOfTheLabelsFile() {
		assertThat(ClaimEvaluation.csvFields("a.txt,6000,NEARLY,,HELD,\"held, then \"\"moved\"\"\""))
			.containsExactly("a.txt", "6000", "NEARLY", "", "HELD", "held, then \"moved\"");
	}

}
