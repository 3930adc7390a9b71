package org.detaineetracker.facility;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;

/** Editors add and correct facilities and groups of sites; after saving, the facility at its slug. */
@Controller
@RequestMapping("/facilities")
class FacilityFormController extends RecordFormController<FacilityForm, Facility, String> {

	static final String FORM = "facilities/form";

	private final FacilityService facilities;

	private final FacilityReferences options;

	FacilityFormController(FacilityService facilities, FacilityFormValidator validator, FacilityReferences options) {
		super(validator);
		this.facilities = facilities;
		this.options = options;
	}

	@GetMapping("/new")
	String newFacility(Model model) {
		return newForm(new FacilityForm(), model);
	}

	@Override
	protected String showForm(FacilityForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("facilitySlug", slug);
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("statuses", FacilityStatus.values());
		model.addAttribute("coordinatePrecisions", CoordinatePrecision.values());
		options.addGroupOptions(model);
		return FORM;
	}

	@Override
	protected FacilityForm formOf(Facility facility) {
		return FacilityForm.of(facility);
	}

	@Override
	protected Facility find(String slug) {
		return facilities.find(slug);
	}

	@Override
	protected Facility findById(long id) {
		return facilities.find(id);
	}

	@Override
	protected Facility create(FacilityForm form, Principal editor) {
		return facilities.create(form);
	}

	@Override
	protected Facility revise(String slug, FacilityForm form) {
		return facilities.revise(slug, form);
	}

	@Override
	protected Saved saved(FacilityForm form, Facility facility, boolean created) {
		return new Saved("/facilities/" + facility.getSlug(),
				created ? "facility.confirm.created" : "facility.confirm.updated");
	}

}
