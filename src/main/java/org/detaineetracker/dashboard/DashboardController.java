package org.detaineetracker.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.detaineetracker.estimate.EstimateSnapshots;
import org.detaineetracker.estimate.Snapshot;
import org.detaineetracker.kernel.KnownOn;

/**
 * The front page: how many facilities, what the latest estimates add up to by custody holder and by
 * country, the latest figures and the conflicts that need attention. One statement while the data
 * is unchanged, three when it has to be read again (see {@link EstimateSnapshots}).
 */
@Controller
class DashboardController {

	/** The most recent conflicts are listed; the rest are counted. */
	static final int CONFLICTS_SHOWN = 25;

	private final EstimateSnapshots snapshots;

	DashboardController(EstimateSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@GetMapping("/")
	String dashboard(KnownOn knownOn, Model model) {
		Snapshot snapshot = snapshots.at(knownOn);
		model.addAttribute("facilityCount", snapshot.facilities() - snapshot.groups());
		model.addAttribute("groupCount", snapshot.groups());
		model.addAttribute("latest", snapshot.latest());
		model.addAttribute("byHolder", snapshot.byHolder());
		model.addAttribute("byCountry", snapshot.byCountry());
		model.addAttribute("conflicts", snapshot.conflicts());
		model.addAttribute("conflictsShown", CONFLICTS_SHOWN);
		return "dashboard";
	}

}
