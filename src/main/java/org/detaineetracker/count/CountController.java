package org.detaineetracker.count;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.detaineetracker.history.HistoryService;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.web.RecordNotFoundException;

@Controller
class CountController {

	private final ReportedCountRepository counts;

	private final HistoryService history;

	CountController(ReportedCountRepository counts, HistoryService history) {
		this.counts = counts;
		this.history = history;
	}

	@GetMapping("/counts/{id}")
	String show(@PathVariable long id, KnownOn knownOn, Model model) {
		ReportedCount count = counts.findPageById(id).orElseThrow(() -> new RecordNotFoundException("reported count", id));
		if (!count.isShownOn(knownOn)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Reported count " + id + " was not known on " + knownOn.date() + " (or had been retracted by then).");
		}
		model.addAttribute("count", count);
		model.addAttribute("history", history.ofCount(id));
		return "counts/show";
	}

}
