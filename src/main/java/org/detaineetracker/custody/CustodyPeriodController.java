package org.detaineetracker.custody;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.detaineetracker.history.HistoryService;

/**
 * {@code /custody-periods/{id}}: who held a facility from when to when, by which source, and who
 * changed that record. Two statements: the period with its facility, holder and source; its history.
 */
@Controller
class CustodyPeriodController {

	private final CustodyPeriodService periods;

	private final HistoryService history;

	CustodyPeriodController(CustodyPeriodService periods, HistoryService history) {
		this.periods = periods;
		this.history = history;
	}

	@GetMapping("/custody-periods/{id}")
	String period(@PathVariable long id, Model model) {
		model.addAttribute("period", periods.find(id));
		model.addAttribute("history", history.ofCustodyPeriod(id));
		return "custody-periods/show";
	}

}
