package org.detaineetracker.facility;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/** Editors add and correct facilities and groups of sites. */
@Controller
class FacilityFormController {

	static final String FORM = "facilities/form";

	private final FacilityService facilities;

	private final FacilityFormValidator validator;

	private final FacilityReferences options;

	private final FormWorkflow<FacilityForm> workflow;

	FacilityFormController(FacilityService facilities, FacilityFormValidator validator, FacilityReferences options) {
		this.facilities = facilities;
		this.validator = validator;
		this.options = options;
		this.workflow = new FormWorkflow<>(this::showForm, id -> FacilityForm.of(facilities.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/facilities/new")
	String newFacility(Model model) {
		return workflow.newForm(new FacilityForm(), model);
	}

	@PostMapping("/facilities")
	String create(@ModelAttribute("form") @Validated FacilityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> saved(facilities.create(form), "facility.confirm.created"));
	}

	@GetMapping("/facilities/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(FacilityForm.of(facilities.find(slug)), slug, model);
	}

	@PostMapping("/facilities/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated FacilityForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, slug, result, model, response, redirect, () -> saved(facilities.revise(slug, form), "facility.confirm.updated"));
	}

	private static Saved saved(Facility facility, String confirmation) {
		return new Saved("/facilities/" + facility.getSlug(), confirmation);
	}

	private String showForm(FacilityForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("facilitySlug", slug);
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("statuses", FacilityStatus.values());
		model.addAttribute("coordinatePrecisions", CoordinatePrecision.values());
		options.addGroupOptions(model);
		return FORM;
	}

}
