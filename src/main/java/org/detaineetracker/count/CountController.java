package org.detaineetracker.count;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.detaineetracker.system.RecordNotFoundException;

@Controller
class CountController {

	private final ReportedCountRepository counts;

	CountController(ReportedCountRepository counts) {
		this.counts = counts;
	}

	@GetMapping("/counts/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("count", counts.findPageById(id).orElseThrow(() -> new RecordNotFoundException("reported count", id)));
		return "counts/show";
	}

}
