package org.detaineetracker.claim.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.detaineetracker.claim.ClaimArticles;

/**
 * The evaluation the bench command runs, on articles written for the tests: it needs nothing beside
 * the clone. The seed articles themselves are read by {@code bench/claims-eval}, which checks the
 * same thresholds (see {@link ClaimEvaluation#seedShortfalls}).
 */
class ClaimEvaluationTest {

	@Test
	void countsRecallAndPrecisionOverLabelledArticles(@TempDir Path articles) throws IOException {
		Files.writeString(articles.resolve("camp.txt"), ClaimArticles.CAMP_REPORT);
		Files.writeString(articles.resolve("page.txt"), ClaimArticles.CAMP_REPORT_HTML);
		Path labels = articles.resolve("labels.csv");
		Files.writeString(labels, """
				article_file,value,qualifier,value_high,kind,note
				camp.txt,6000,NEARLY,,HELD,women and children at al-Hawl
				camp.txt,400,APPROXIMATE,,MOVED,moved to Panorama prison
				camp.txt,60,RANGE,90,ESCAPED,
				camp.txt,7,EXACT,,HELD,"a figure the article does not give, so recall is below 1"
				page.txt,6000,NEARLY,,HELD,
				""");

		ClaimEvaluation.Report report = ClaimEvaluation.evaluate(articles, labels, new ClaimFinder());

		assertThat(report.results()).extracting(ClaimEvaluation.ArticleResult::file).containsExactly("camp.txt", "page.txt");
		assertThat(report.expected()).isEqualTo(5);
		assertThat(report.matched()).isEqualTo(4);
		assertThat(report.recall()).isEqualTo(0.8);
		assertThat(report.precision()).isEqualTo((double) report.matched() / report.predicted());
		assertThat(ClaimEvaluation.seedShortfalls(report)).as("held to what the seeds promise")
			.contains("expected 5 seed articles, read 2", "expected 10 labelled figures, found 5")
			.anySatisfy(shortfall -> assertThat(shortfall).startsWith("recall 0.8"));
	}

	@Test
	void refusesLabelsForArticlesThatAreNotThere(@TempDir Path articles) throws IOException {
		Path labels = articles.resolve("labels.csv");
		Files.writeString(labels, "article_file,value,qualifier,value_high,kind,note\nmissing.txt,1,EXACT,,HELD,\n");
		assertThatIllegalArgumentException().isThrownBy(() -> ClaimEvaluation.evaluate(articles, labels, new ClaimFinder()))
			.withMessageContaining("missing.txt");
	}

	@Test
	void readsQuotedFieldsOfTheLabelsFile() {
		assertThat(ClaimEvaluation.csvFields("a.txt,6000,NEARLY,,HELD,\"held, then \"\"moved\"\"\""))
			.containsExactly("a.txt", "6000", "NEARLY", "", "HELD", "held, then \"moved\"");
	}

	@Test
	void theSeedLabelsFileIsWellFormed() throws IOException {
		Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
		var labels = ClaimEvaluation.readLabels(project.resolve(ClaimEvaluation.DEFAULT_LABELS));
		assertThat(labels).hasSize(ClaimEvaluation.SEED_ARTICLES);
		assertThat(labels.values().stream().mapToInt(List::size).sum()).isEqualTo(ClaimEvaluation.SEED_LABELS);
	}

}
