package org.detaineetracker.dashboard;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.facility.FacilityRepository;

@Controller
class DashboardController {

	static final int LATEST_FIGURES = 10;

	private final FacilityRepository facilities;

	private final ReportedCountRepository counts;

	DashboardController(FacilityRepository facilities, ReportedCountRepository counts) {
		this.facilities = facilities;
		this.counts = counts;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		Object[] totals = facilities.countFacilitiesAndGroups().get(0);
		long all = (Long) totals[0];
		long groups = ((Number) totals[1]).longValue();
		model.addAttribute("facilityCount", all - groups);
		model.addAttribute("groupCount", groups);
		model.addAttribute("latest", counts.findLatest(Limit.of(LATEST_FIGURES)));
		model.addAttribute("byHolder", counts.summarizeByHolder());
		return "dashboard";
	}

}
