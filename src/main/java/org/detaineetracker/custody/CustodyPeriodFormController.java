package org.detaineetracker.custody;

import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/** Editors record and correct who held a facility when. */
@Controller
class CustodyPeriodFormController {

	static final String FORM = "custody-periods/form";

	private final CustodyPeriodService periods;

	private final CustodyPeriodFormValidator validator;

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	private final FormWorkflow<CustodyPeriodForm> workflow;

	CustodyPeriodFormController(CustodyPeriodService periods, CustodyPeriodFormValidator validator,
			FacilityReferences facilitiesOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		this.periods = periods;
		this.validator = validator;
		this.options = List.of(facilitiesOptions, holdersOptions, sourcesOptions);
		this.workflow = new FormWorkflow<>(this::showForm, id -> CustodyPeriodForm.of(periods.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/custody-periods/new")
	String newPeriod(@RequestParam(required = false) Facility facility, Model model) {
		CustodyPeriodForm form = new CustodyPeriodForm();
		form.setFacility(facility);
		return workflow.newForm(form, model);
	}

	@PostMapping("/custody-periods")
	String create(@ModelAttribute("form") @Validated CustodyPeriodForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect,
				() -> saved(periods.create(form), "custody.confirm.created"));
	}

	@GetMapping("/custody-periods/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showForm(CustodyPeriodForm.of(periods.find(id)), id, model);
	}

	@PostMapping("/custody-periods/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") @Validated CustodyPeriodForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, id, result, model, response, redirect,
				() -> saved(periods.revise(id, form), "custody.confirm.updated"));
	}

	/** Back to the facility the period belongs to. */
	private static Saved saved(CustodyPeriod period, String confirmation) {
		return new Saved("/facilities/" + period.getFacility().getSlug(), confirmation);
	}

	private String showForm(CustodyPeriodForm form, Object id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("periodId", id);
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

}
