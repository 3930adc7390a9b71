package org.detaineetracker.cohort;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors add and correct cohorts; after saving, the list of cohorts. */
@Controller
@RequestMapping("/cohorts")
class CohortFormController extends RecordFormController<CohortForm, Cohort, String> {

	static final String FORM = "cohorts/form";

	private final CohortReferences options;

	CohortFormController(CohortService cohorts, CohortFormValidator validator, CohortReferences options) {
		super(validator, new Records<>(cohorts::find, cohorts::find, CohortForm::of,
				(form, editor) -> cohorts.create(form), cohorts::revise));
		this.options = options;
	}

	@GetMapping("/new")
	String newCohort(Model model) {
		return newForm(new CohortForm(), model);
	}

	@Override
	protected String render(CohortForm form, Object slug, Model model) {
		model.addAttribute("cohortSlug", slug);
		options.addOptions(model);
		return FORM;
	}

	@Override
	protected Saved saved(CohortForm form, Cohort cohort, boolean created) {
		return new Saved("/cohorts", created ? "cohort.confirm.created" : "cohort.confirm.updated", cohort.getName());
	}

}
