package org.detaineetracker.cohort;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;

/** Editors add and correct cohorts; after saving, the list of cohorts. */
@Controller
@RequestMapping("/cohorts")
class CohortFormController extends RecordFormController<CohortForm, Cohort, String> {

	static final String FORM = "cohorts/form";

	private final CohortService cohorts;

	private final CohortReferences options;

	CohortFormController(CohortService cohorts, CohortFormValidator validator, CohortReferences options) {
		super(validator);
		this.cohorts = cohorts;
		this.options = options;
	}

	@GetMapping("/new")
	String newCohort(Model model) {
		return newForm(new CohortForm(), model);
	}

	@Override
	protected String showForm(CohortForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("cohortSlug", slug);
		options.addOptions(model);
		return FORM;
	}

	@Override
	protected CohortForm formOf(Cohort cohort) {
		return CohortForm.of(cohort);
	}

	@Override
	protected Cohort find(String slug) {
		return cohorts.find(slug);
	}

	@Override
	protected Cohort findById(long id) {
		return cohorts.find(id);
	}

	@Override
	protected Cohort create(CohortForm form, Principal editor) {
		return cohorts.create(form);
	}

	@Override
	protected Cohort revise(String slug, CohortForm form) {
		return cohorts.revise(slug, form);
	}

	@Override
	protected Saved saved(CohortForm form, Cohort cohort, boolean created) {
		return new Saved("/cohorts", created ? "cohort.confirm.created" : "cohort.confirm.updated", cohort.getName());
	}

}
