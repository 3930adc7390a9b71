package org.detaineetracker.facility;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors add and correct facilities and groups of sites; after saving, the facility at its slug. */
@Controller
@RequestMapping("/facilities")
class FacilityFormController extends RecordFormController<FacilityForm, Facility, String> {

	static final String FORM = "facilities/form";

	private final FacilityReferences options;

	FacilityFormController(FacilityService facilities, FacilityFormValidator validator, FacilityReferences options) {
		super(validator, new Records<>(facilities::find, facilities::find, FacilityForm::of,
				(form, editor) -> facilities.create(form), facilities::revise));
		this.options = options;
	}

	@GetMapping("/new")
	String newFacility(Model model) {
		return newForm(new FacilityForm(), model);
	}

	@Override
	protected String render(FacilityForm form, Object slug, Model model) {
		model.addAttribute("facilitySlug", slug);
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("statuses", FacilityStatus.values());
		model.addAttribute("coordinatePrecisions", CoordinatePrecision.values());
		options.addGroupOptions(model);
		return FORM;
	}

	@Override
	protected Saved saved(FacilityForm form, Facility facility, boolean created) {
		return new Saved("/facilities/" + facility.getSlug(),
				created ? "facility.confirm.created" : "facility.confirm.updated");
	}

}
