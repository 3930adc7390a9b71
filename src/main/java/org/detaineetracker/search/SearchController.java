package org.detaineetracker.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.detaineetracker.kernel.KnownOn;

/** {@code /search?q=}: facilities by name or alias, sources by outlet or title, figures by speaker. */
@Controller
class SearchController {

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, KnownOn knownOn, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		if (!query.isEmpty()) {
			model.addAttribute("results", queries.search(query, knownOn));
		}
		model.addAttribute("limit", SearchQueries.LIMIT);
		return "search/results";
	}

}
