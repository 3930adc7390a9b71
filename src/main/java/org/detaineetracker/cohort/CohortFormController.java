package org.detaineetracker.cohort;

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

/** Editors add and correct cohorts. */
@Controller
class CohortFormController {

	static final String FORM = "cohorts/form";

	private final CohortService cohorts;

	private final CohortFormValidator validator;

	private final CohortReferences options;

	private final FormWorkflow<CohortForm> workflow;

	CohortFormController(CohortService cohorts, CohortFormValidator validator, CohortReferences options) {
		this.cohorts = cohorts;
		this.validator = validator;
		this.options = options;
		this.workflow = new FormWorkflow<>(this::showForm, id -> CohortForm.of(cohorts.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/cohorts/new")
	String newCohort(Model model) {
		return workflow.newForm(new CohortForm(), model);
	}

	@PostMapping("/cohorts")
	String create(@ModelAttribute("form") @Validated CohortForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> saved(cohorts.create(form), "cohort.confirm.created"));
	}

	@GetMapping("/cohorts/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(CohortForm.of(cohorts.find(slug)), slug, model);
	}

	@PostMapping("/cohorts/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated CohortForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, slug, result, model, response, redirect, () -> saved(cohorts.revise(slug, form), "cohort.confirm.updated"));
	}

	private static Saved saved(Cohort cohort, String confirmation) {
		return new Saved("/cohorts", confirmation, cohort.getName());
	}

	private String showForm(CohortForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("cohortSlug", slug);
		options.addOptions(model);
		return FORM;
	}

}
