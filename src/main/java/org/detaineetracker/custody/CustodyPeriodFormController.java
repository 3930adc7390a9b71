package org.detaineetracker.custody;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormResponses;
import org.detaineetracker.web.StaleRecordException;

/** Editors record and correct who held a facility when. */
@Controller
class CustodyPeriodFormController {

	static final String FORM = "custody-periods/form";

	private final CustodyPeriodService periods;

	private final CustodyPeriodFormValidator validator;

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	CustodyPeriodFormController(CustodyPeriodService periods, CustodyPeriodFormValidator validator,
			FacilityReferences facilitiesOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		this.periods = periods;
		this.validator = validator;
		this.options = List.of(facilitiesOptions, holdersOptions, sourcesOptions);
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/custody-periods/new")
	String newPeriod(@RequestParam(required = false) Facility facility, Model model) {
		CustodyPeriodForm form = new CustodyPeriodForm();
		form.setFacility(facility);
		return showForm(form, null, model);
	}

	@PostMapping("/custody-periods")
	String create(@ModelAttribute("form") @Validated CustodyPeriodForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormResponses.invalid(response);
			return showForm(form, null, model);
		}
		periods.create(form);
		redirect.addFlashAttribute("confirmation", "custody.confirm.created");
		return "redirect:/facilities/" + form.getFacility().getSlug();
	}

	@GetMapping("/custody-periods/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showForm(CustodyPeriodForm.of(periods.find(id)), id, model);
	}

	@PostMapping("/custody-periods/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") @Validated CustodyPeriodForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		periods.find(id);
		if (result.hasErrors()) {
			FormResponses.invalid(response);
			return showForm(form, id, model);
		}
		try {
			periods.revise(id, form);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException changedMeanwhile) {
			FormResponses.conflict(response);
			CustodyPeriod current = periods.find(id);
			model.addAttribute("stored", CustodyPeriodForm.of(current));
			form.setVersion(current.getVersion());
			return showForm(form, id, model);
		}
		redirect.addFlashAttribute("confirmation", "custody.confirm.updated");
		return "redirect:/facilities/" + form.getFacility().getSlug();
	}

	private String showForm(CustodyPeriodForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("periodId", id);
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

}
