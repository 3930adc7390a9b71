package org.detaineetracker.sourcepage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.detaineetracker.kernel.KnownOn;

@Controller
class SourceController {

	private final SourceQueries queries;

	SourceController(SourceQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/sources")
	String list(KnownOn knownOn, Model model) {
		model.addAttribute("sources", queries.index(knownOn));
		return "sources/list";
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, KnownOn knownOn, Model model) {
		model.addAttribute("page", queries.load(id, knownOn));
		return "sources/show";
	}

}
