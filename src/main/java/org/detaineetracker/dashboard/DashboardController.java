package org.detaineetracker.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.bind.annotation.GetMapping;

import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.population.Overview;
import org.detaineetracker.population.PopulationService;
import org.detaineetracker.web.RenderedPages;

/**
 * The front page: where the people are on the date shown (today, or the known-on date), per custody
 * holder and per country, each number with the date of its newest evidence and its derivation; the
 * people no single holder can be named for; the places whose evidence conflicts; and what changed
 * most recently. One statement while the data is unchanged: the rendered page is kept per data
 * version ({@link RenderedPages}) as the picture is ({@link PopulationService}).
 */
@Controller
class DashboardController {

	private final PopulationService population;

	private final RenderedPages rendered;

	DashboardController(PopulationService population, RenderedPages rendered) {
		this.population = population;
		this.rendered = rendered;
	}

	@GetMapping("/")
	View dashboard(KnownOn knownOn, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("feed", "/feeds/figures.atom");
		return rendered.page("dashboard", rendered.version(), model, () -> {
			Overview overview = population.overview(knownOn);
			model.addAttribute("overview", overview);
			model.addAttribute("facilityCount", overview.facilities());
			model.addAttribute("groupCount", overview.groups());
			model.addAttribute("latest", overview.recent().stream().filter(c -> c.kind().name().equals("REPORT")).toList());
			model.addAttribute("movements", overview.recent().stream().filter(c -> c.kind().name().equals("MOVEMENT")).toList());
		}, request, response);
	}

}
