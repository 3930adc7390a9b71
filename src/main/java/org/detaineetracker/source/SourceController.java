package org.detaineetracker.source;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SourceController {

	private final SourceQueries queries;

	SourceController(SourceQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/sources")
	String list(Model model) {
		model.addAttribute("sources", queries.index());
		return "sources/list";
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", queries.load(id));
		return "sources/show";
	}

}
