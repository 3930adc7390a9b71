package org.detaineetracker.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.web.RenderedPages;

/**
 * {@code /search?q=}: facilities by name or alias, sources by outlet or title, figures by speaker.
 * A search's results are kept per data version like a facility page's (see {@link RenderedPages}):
 * the same words searched again before the next write cost one statement, and the first search
 * after a write four, as before keeping (the version is read with the plan setting).
 */
@Controller
class SearchController {

	private static final String VIEW = "search/results";

	private final SearchQueries queries;

	private final RenderedPages rendered;

	private final TransactionTemplate reading;

	SearchController(SearchQueries queries, RenderedPages rendered, PlatformTransactionManager transactions) {
		this.queries = queries;
		this.rendered = rendered;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@GetMapping("/search")
	ModelAndView search(@RequestParam(required = false) String q, KnownOn knownOn, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("limit", SearchQueries.LIMIT);
		if (query.isEmpty()) {
			return new ModelAndView(VIEW);
		}
		View page = reading.execute(transaction -> rendered.page(VIEW, queries.begin(), model,
				() -> model.addAttribute("results", queries.search(query, knownOn)), request, response));
		return new ModelAndView(page);
	}

}
