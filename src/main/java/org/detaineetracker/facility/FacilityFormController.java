package org.detaineetracker.facility;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.detaineetracker.web.Constraints;
import org.detaineetracker.web.FormResponses;
import org.detaineetracker.web.StaleRecordException;

/** Editors add and correct facilities and groups of sites. */
@Controller
class FacilityFormController {

	static final String FORM = "facilities/form";

	private static final String SLUG_UNIQUE = "facility_slug_unique";

	private final FacilityService facilities;

	private final FacilityFormValidator validator;

	private final FacilityReferences options;

	FacilityFormController(FacilityService facilities, FacilityFormValidator validator, FacilityReferences options) {
		this.facilities = facilities;
		this.validator = validator;
		this.options = options;
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/facilities/new")
	String newFacility(Model model) {
		return showForm(new FacilityForm(), null, model);
	}

	@PostMapping("/facilities")
	String create(@ModelAttribute("form") @Validated FacilityForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validator.checkAgainstRecords(form, null, result);
		if (!result.hasErrors()) {
			try {
				Facility saved = facilities.create(form);
				redirect.addFlashAttribute("confirmation", "facility.confirm.created");
				return "redirect:/facilities/" + saved.getSlug();
			}
			catch (DataIntegrityViolationException takenMeanwhile) {
				Constraints.rejectTakenSlug(takenMeanwhile, SLUG_UNIQUE, result);
			}
		}
		FormResponses.invalid(response);
		return showForm(form, null, model);
	}

	@GetMapping("/facilities/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(FacilityForm.of(facilities.find(slug)), slug, model);
	}

	@PostMapping("/facilities/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated FacilityForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		long id = facilities.find(slug).getId();
		validator.checkAgainstRecords(form, id, result);
		if (!result.hasErrors()) {
			try {
				Facility saved = facilities.revise(id, form);
				redirect.addFlashAttribute("confirmation", "facility.confirm.updated");
				return "redirect:/facilities/" + saved.getSlug();
			}
			catch (StaleRecordException | ObjectOptimisticLockingFailureException changedMeanwhile) {
				FormResponses.conflict(response);
				Facility current = facilities.find(id);
				model.addAttribute("stored", FacilityForm.of(current));
				form.setVersion(current.getVersion());
				return showForm(form, slug, model);
			}
			catch (DataIntegrityViolationException takenMeanwhile) {
				Constraints.rejectTakenSlug(takenMeanwhile, SLUG_UNIQUE, result);
			}
		}
		FormResponses.invalid(response);
		return showForm(form, slug, model);
	}

	/** The slug was free when checked, but someone took it before the save. */
	private String showForm(FacilityForm form, String slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("facilitySlug", slug);
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("statuses", FacilityStatus.values());
		model.addAttribute("coordinatePrecisions", CoordinatePrecision.values());
		options.addGroupOptions(model);
		return FORM;
	}

}
