package org.detaineetracker.help;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.detaineetracker.estimate.Estimates;
import org.detaineetracker.kernel.Figure;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.population.PopulationModel;

/**
 * "How figures are read": the qualifier table, and the rules estimates, totals and the "as known on"
 * view follow. The examples are computed by the code that applies the rules, so the page cannot
 * drift from it. No statement.
 */
@Controller
class HelpController {

	static final int EXAMPLE = 6000;

	static final int EXAMPLE_HIGH = 9000;

	record Row(Qualifier qualifier, Figure figure) {
	}

	/** The worked example: the model's own numbers on the seed records, worked out once. */
	private final SeedStory.Story story = SeedStory.tell();

	@GetMapping("/help/figures")
	String figures(KnownOn knownOn, Model model) {
		List<Row> rows = Arrays.stream(Qualifier.values())
			.map(q -> new Row(q, new Figure(EXAMPLE, q, q.needsUpperValue() ? EXAMPLE_HIGH : null)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("windowDays", Estimates.WINDOW_DAYS);
		model.addAttribute("tolerance", Estimates.APPROXIMATE_TOLERANCE_PERCENT);
		model.addAttribute("story", story);
		model.addAttribute("populationWindow", PopulationModel.WINDOW_DAYS);
		return "help/figures";
	}

}
