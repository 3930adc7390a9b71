package org.detaineetracker.cohort;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.detaineetracker.history.HistoryService;

/**
 * {@code /cohorts/{slug}}: who a cohort counts, the broader cohort it belongs to, and who changed it.
 * Two statements: the cohort with its parent; its history.
 */
@Controller
class CohortController {

	private final CohortService cohorts;

	private final HistoryService history;

	CohortController(CohortService cohorts, HistoryService history) {
		this.cohorts = cohorts;
		this.history = history;
	}

	@GetMapping("/cohorts/{slug}")
	String cohort(@PathVariable String slug, Model model) {
		Cohort cohort = cohorts.find(slug);
		model.addAttribute("cohort", cohort);
		model.addAttribute("history", history.ofCohort(cohort.getId()));
		return "cohorts/show";
	}

}
