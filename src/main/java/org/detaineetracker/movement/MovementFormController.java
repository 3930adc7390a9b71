package org.detaineetracker.movement;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.cohort.CohortReferences;
import org.detaineetracker.custody.CustodyHolderReferences;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors record and correct movements of people; after saving, the facility they left. */
@Controller
@RequestMapping("/movements")
class MovementFormController extends RecordFormController<MovementForm, Movement, Long> {

	static final String FORM = "movements/form";

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	MovementFormController(MovementService movements, MovementFormValidator validator,
			FacilityReferences facilitiesOptions, CohortReferences cohortsOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		super(validator, new Records<>(movements::find, movements::find, MovementForm::of,
				(form, editor) -> movements.create(form, editor.getName()), movements::revise));
		this.options = List.of(facilitiesOptions, cohortsOptions, holdersOptions, sourcesOptions);
	}

	/**
	 * A blank form, or one filled in from the link that opened it: the facility page gives {@code from}
	 * or {@code to}, the claim finder every field it read and the passage it read them in. A value that
	 * names nothing ({@code from=999999999}) is shown as a field error with status 400.
	 */
	@GetMapping("/new")
	String newMovement(@ModelAttribute("form") MovementForm form, BindingResult prefill, Model model,
			HttpServletResponse response) {
		if (form.getQuote() == null) {
			form.setQuote(form.getPassageText());
		}
		return newForm(form, prefill, model, response);
	}

	@Override
	protected String render(MovementForm form, Object id, Model model) {
		model.addAttribute("movementId", id);
		model.addAttribute("kinds", MovementKind.values());
		model.addAttribute("statuses", MovementStatus.values());
		model.addAttribute("tallies", Tally.values());
		model.addAttribute("qualifiers", Qualifier.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

	@Override
	protected Saved saved(MovementForm form, Movement movement, boolean created) {
		return new Saved("/facilities/" + movement.getFrom().getSlug(),
				created ? "movement.confirm.created" : "movement.confirm.updated");
	}

}
