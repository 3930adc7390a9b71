package org.detaineetracker.movement;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/**
 * Editors add another source's report to a stored movement, from the movement's page; after saving,
 * the movement's page with the report among the others.
 */
@Controller
@RequestMapping("/movements/{id}/reports")
class MovementReportFormController {

	static final String FORM = "movements/report-form";

	private final MovementService movements;

	private final List<FormOptions> options;

	private final FormWorkflow<MovementReportForm> workflow;

	MovementReportFormController(MovementService movements, SourceReferences sourcesOptions) {
		this.movements = movements;
		this.options = List.of(sourcesOptions);
		this.workflow = new FormWorkflow<>(this::showForm, id -> MovementReportForm.forMovement(movements.find(id)));
	}

	@GetMapping("/new")
	String newReport(@PathVariable long id, Model model) {
		MovementReportForm form = MovementReportForm.forMovement(movements.find(id));
		form.setSubmissionToken(UUID.randomUUID());
		return showForm(form, id, model);
	}

	@PostMapping
	String create(@PathVariable long id, @ModelAttribute("form") @Validated MovementReportForm form,
			BindingResult result, Principal editor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return workflow.submit(form, id, result, model, response, redirect, () -> {
			movements.addReport(id, form, editor.getName());
			return new Saved("/movements/" + id, "movement.report.confirm.created");
		});
	}

	private String showForm(MovementReportForm form, Object id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("movement", movements.find((Long) id));
		model.addAttribute("tallies", Tally.values());
		model.addAttribute("qualifiers", Qualifier.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

}
