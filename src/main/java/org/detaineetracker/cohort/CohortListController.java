package org.detaineetracker.cohort;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every cohort, with the broader cohort it belongs to and, for editors, a way to correct it. */
@Controller
class CohortListController {

	private final CohortService cohorts;

	CohortListController(CohortService cohorts) {
		this.cohorts = cohorts;
	}

	@GetMapping("/cohorts")
	String list(Model model) {
		model.addAttribute("cohorts", cohorts.all());
		return "cohorts/list";
	}

}
