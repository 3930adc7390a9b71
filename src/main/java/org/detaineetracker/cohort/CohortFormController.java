package org.detaineetracker.cohort;

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

/** Editors add and correct cohorts. */
@Controller
class CohortFormController {

	static final String FORM = "cohorts/form";

	private static final String SLUG_UNIQUE = "cohort_slug_unique";

	private final CohortService cohorts;

	private final CohortFormValidator validator;

	private final CohortReferences options;

	CohortFormController(CohortService cohorts, CohortFormValidator validator, CohortReferences options) {
		this.cohorts = cohorts;
		this.validator = validator;
		this.options = options;
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/cohorts/new")
	String newCohort(Model model) {
		return showForm(new CohortForm(), null, model);
	}

	@PostMapping("/cohorts")
	String create(@ModelAttribute("form") @Validated CohortForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validator.checkAgainstRecords(form, null, result);
		if (!result.hasErrors()) {
			try {
				Cohort saved = cohorts.create(form);
				redirect.addFlashAttribute("confirmation", "cohort.confirm.created");
				redirect.addFlashAttribute("confirmationArgument", saved.getName());
				return "redirect:/cohorts";
			}
			catch (DataIntegrityViolationException takenMeanwhile) {
				Constraints.rejectTakenSlug(takenMeanwhile, SLUG_UNIQUE, result);
			}
		}
		FormResponses.invalid(response);
		return showForm(form, null, model);
	}

	@GetMapping("/cohorts/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(CohortForm.of(cohorts.find(slug)), slug, model);
	}

	@PostMapping("/cohorts/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated CohortForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		long id = cohorts.find(slug).getId();
		validator.checkAgainstRecords(form, id, result);
		if (!result.hasErrors()) {
			try {
				Cohort saved = cohorts.revise(id, form);
				redirect.addFlashAttribute("confirmation", "cohort.confirm.updated");
				redirect.addFlashAttribute("confirmationArgument", saved.getName());
				return "redirect:/cohorts";
			}
			catch (StaleRecordException | ObjectOptimisticLockingFailureException changedMeanwhile) {
				FormResponses.conflict(response);
				Cohort current = cohorts.find(id);
				model.addAttribute("stored", CohortForm.of(current));
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

	private String showForm(CohortForm form, String slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("cohortSlug", slug);
		options.addOptions(model);
		return FORM;
	}

}
