package org.detaineetracker.movement;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.cohort.CohortReferences;
import org.detaineetracker.custody.CustodyHolderReferences;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/** Editors record and correct movements of people between facilities or out of custody. */
@Controller
class MovementFormController {

	static final String FORM = "movements/form";

	private final MovementService movements;

	private final MovementFormValidator validator;

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	private final FormWorkflow<MovementForm> workflow;

	MovementFormController(MovementService movements, MovementFormValidator validator,
			FacilityReferences facilitiesOptions, CohortReferences cohortsOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		this.movements = movements;
		this.validator = validator;
		this.options = List.of(facilitiesOptions, cohortsOptions, holdersOptions, sourcesOptions);
		this.workflow = new FormWorkflow<>(this::showForm, id -> MovementForm.of(movements.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	/**
	 * A blank form, or one filled in from the link that opened it: the facility page gives {@code from}
	 * or {@code to}, the claim finder every field it read and the passage it read them in. A value that
	 * names nothing ({@code from=999999999}) is shown as a field error with status 400.
	 */
	@GetMapping("/movements/new")
	String newMovement(@ModelAttribute("form") MovementForm form, BindingResult prefill, Model model,
			HttpServletResponse response) {
		if (form.getQuote() == null) {
			form.setQuote(form.getPassageText());
		}
		return workflow.newForm(form, prefill, model, response);
	}

	@PostMapping("/movements")
	String create(@ModelAttribute("form") @Validated MovementForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> new Saved(
				"/facilities/" + movements.create(form).getFrom().getSlug(), "movement.confirm.created"));
	}

	@GetMapping("/movements/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showForm(MovementForm.of(movements.find(id)), id, model);
	}

	@PostMapping("/movements/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") @Validated MovementForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, id, result, model, response, redirect, () -> new Saved(
				"/facilities/" + movements.revise(id, form).getFrom().getSlug(), "movement.confirm.updated"));
	}

	private String showForm(MovementForm form, Object id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("movementId", id);
		model.addAttribute("kinds", MovementKind.values());
		model.addAttribute("statuses", MovementStatus.values());
		model.addAttribute("tallies", Tally.values());
		model.addAttribute("qualifiers", Qualifier.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

}
