package org.detaineetracker.form;


import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import org.detaineetracker.cohort.CohortRepository;
import org.detaineetracker.custody.CustodyHolderRepository;
import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.facility.FacilityRepository;
import org.detaineetracker.source.SourceRepository;

/** The choices of the reference fields (select lists) that forms offer. */
@Component
public class ReferenceOptions {

	private final FacilityRepository facilities;

	private final CohortRepository cohorts;

	private final CustodyHolderRepository holders;

	private final SourceRepository sources;

	ReferenceOptions(FacilityRepository facilities, CohortRepository cohorts, CustodyHolderRepository holders,
			SourceRepository sources) {
		this.facilities = facilities;
		this.cohorts = cohorts;
		this.holders = holders;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public void addFacilities(Model model) {
		model.addAttribute("facilityOptions", facilities.findAll(Sort.by("name")));
	}

	/** Groups of sites, the only facilities another facility can be part of. */
	@Transactional(readOnly = true)
	public void addGroups(Model model) {
		model.addAttribute("groupOptions", facilities.findByKindOrderByNameAsc(FacilityKind.GROUP));
	}

	@Transactional(readOnly = true)
	public void addCohorts(Model model) {
		model.addAttribute("cohortOptions", cohorts.findAllByOrderByNameAsc());
	}

	@Transactional(readOnly = true)
	public void addHolders(Model model) {
		model.addAttribute("holderOptions", holders.findAllByOrderByNameAsc());
	}

	@Transactional(readOnly = true)
	public void addSources(Model model) {
		model.addAttribute("sourceOptions", sources.findAll(Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.asc("outlet"))));
	}

	/** Every reference list a figure or movement form needs. */
	public void addAll(Model model) {
		addFacilities(model);
		addCohorts(model);
		addHolders(model);
		addSources(model);
	}
}
