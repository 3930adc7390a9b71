package org.detaineetracker.count;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.detaineetracker.history.HistoryService;
import org.detaineetracker.system.RecordNotFoundException;

@Controller
class CountController {

	private final ReportedCountRepository counts;

	private final HistoryService history;

	CountController(ReportedCountRepository counts, HistoryService history) {
		this.counts = counts;
		this.history = history;
	}

	@GetMapping("/counts/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("count", counts.findPageById(id).orElseThrow(() -> new RecordNotFoundException("reported count", id)));
		model.addAttribute("history", history.ofCount(id));
		return "counts/show";
	}

}
