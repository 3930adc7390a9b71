package org.detaineetracker.count;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.cohort.CohortReferences;
import org.detaineetracker.custody.CustodyHolderReferences;
import org.detaineetracker.facility.FacilityReferences;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.source.SourceReferences;
import org.detaineetracker.web.FormOptions;
import org.detaineetracker.web.FormResponses;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;
import org.detaineetracker.web.Rules;
import org.detaineetracker.web.StaleRecordException;

/** Editors enter, correct and retract reported counts; after saving, the figure. */
@Controller
@RequestMapping("/counts")
class CountFormController extends RecordFormController<CountForm, ReportedCount, Long> {

	static final String FORM = "counts/form";

	static final String RETRACT_FORM = "counts/retract";

	private final CountService counts;

	/** The select lists the form offers. */
	private final List<FormOptions> options;

	CountFormController(CountService counts, CountFormValidator validator,
			FacilityReferences facilitiesOptions, CohortReferences cohortsOptions, CustodyHolderReferences holdersOptions, SourceReferences sourcesOptions) {
		super(validator, new Records<>(counts::find, counts::find, CountForm::of,
				(form, editor) -> counts.create(form, editor.getName()), counts::revise));
		this.counts = counts;
		this.options = List.of(facilitiesOptions, cohortsOptions, holdersOptions, sourcesOptions);
	}

	/**
	 * A blank form, or one filled in from the link that opened it: a facility page gives the facility,
	 * a new source the source, the claim finder every field it read and the passage it read them in
	 * (whose words become the quote unless the link gives one). A value that names nothing
	 * ({@code facility=999999999}) is shown as a field error with status 400.
	 */
	@GetMapping("/new")
	String newCount(@ModelAttribute("form") CountForm form, BindingResult prefill, Model model,
			HttpServletResponse response) {
		if (form.getQuote() == null) {
			form.setQuote(form.getPassageText());
		}
		return newForm(form, prefill, model, response);
	}

	/** A retracted figure stays as it was retracted: its form says so and offers no save. */
	@Override
	protected String edit(ReportedCount count, Long id, Model model, HttpServletResponse response) {
		if (count.isRetracted()) {
			FormResponses.conflict(response);
			model.addAttribute("retracted", true);
		}
		return showForm(CountForm.of(count), id, model);
	}

	@GetMapping("/{id}/retract")
	String retractForm(@PathVariable long id, Model model) {
		ReportedCount count = counts.find(id);
		model.addAttribute("count", count);
		model.addAttribute("version", count.getVersion());
		return RETRACT_FORM;
	}

	@PostMapping("/{id}/retract")
	String retract(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ReportedCount count = counts.find(id);
		String trimmed = reason == null ? null : reason.strip();
		String problem = trimmed == null || trimmed.isEmpty() ? "form.required"
				: trimmed.length() > Rules.REASON_MAX ? "form.tooLong"
						: Rules.hasControlCharacters(trimmed, true) ? "form.controlCharacters" : null;
		if (problem == null && count.isRetracted()) {
			problem = "count.retract.already";
		}
		if (problem != null) {
			FormResponses.invalid(response);
			return showRetract(count, reason, version, problem, model);
		}
		try {
			counts.retract(id, trimmed, version);
		}
		catch (StaleRecordException changedMeanwhile) {
			FormResponses.conflict(response);
			ReportedCount current = counts.find(id);
			return showRetract(current, reason, current.getVersion(), "count.retract.stale", model);
		}
		redirect.addFlashAttribute("confirmation", "count.confirm.retracted");
		return "redirect:/counts/" + id;
	}

	private String showRetract(ReportedCount count, String reason, Long version, String problem, Model model) {
		model.addAttribute("count", count);
		model.addAttribute("reason", reason);
		model.addAttribute("version", version);
		model.addAttribute("problem", problem);
		model.addAttribute("maxReason", Rules.REASON_MAX);
		return RETRACT_FORM;
	}

	@Override
	protected String render(CountForm form, Object id, Model model) {
		model.addAttribute("countId", id);
		model.addAttribute("qualifiers", Qualifier.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.forEach(o -> o.addOptions(model));
		return FORM;
	}

	@Override
	protected Saved saved(CountForm form, ReportedCount count, boolean created) {
		return new Saved("/counts/" + count.getId(), created ? "count.confirm.created" : "count.confirm.updated");
	}

}
