package org.detaineetracker.web;

import java.util.UUID;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way every record form answers a submission. Invalid, or refused by the stored records →
 * 400 with the form and its errors; based on an old version or beaten by another save → 409 with
 * the stored values beside the editor's (fragment {@code fields :: conflict}); a likely duplicate →
 * 409 with a link to it and a box to confirm; saved → a redirect with a confirmation. Each form's
 * controller gives what differs: how its page is shown, how it saves, where it goes after.
 */
public final class FormWorkflow<F extends RecordForm> {

	/** Shows a form page with what it offers; the key names the edited record, null for a new one. */
	@FunctionalInterface
	public interface FormPage<F> {

		String show(F form, Object key, Model model);

	}

	/** Saves the form and says where to go next. */
	@FunctionalInterface
	public interface Save {

		Saved save();

	}

	/** Where the editor goes after a save, with a confirmation message (and its argument, or null). */
	public record Saved(String location, String confirmation, Object argument) {

		public Saved(String location, String confirmation) {
			this(location, confirmation, null);
		}

	}

	private final FormPage<F> page;

	private final LongFunction<F> storedForm;

	/**
	 * @param storedForm the record with this id as stored now, as a form: shown beside the editor's
	 * values after a lost race
	 */
	public FormWorkflow(FormPage<F> page, LongFunction<F> storedForm) {
		this.page = page;
		this.storedForm = storedForm;
	}

	/** A form for a new record, with its one-time submission token. */
	public String newForm(F form, Model model) {
		form.setSubmissionToken(UUID.randomUUID());
		return page.show(form, null, model);
	}

	/** A form opened with values that name nothing (e.g. {@code facility=999999999}): shown with 400. */
	public String newForm(F form, BindingResult prefill, Model model, HttpServletResponse response) {
		if (prefill.hasErrors()) {
			FormResponses.invalid(response);
		}
		return newForm(form, model);
	}

	public String submit(F form, Object key, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Save save) {
		if (!result.hasErrors()) {
			try {
				Saved saved = save.save();
				redirect.addFlashAttribute("confirmation", saved.confirmation());
				if (saved.argument() != null) {
					redirect.addFlashAttribute("confirmationArgument", saved.argument());
				}
				return "redirect:" + saved.location();
			}
			catch (RejectedFormException refused) {
				refused.addTo(result);
				if (refused.isConflict()) {
					FormResponses.conflict(response);
					return page.show(form, key, model);
				}
			}
			catch (DuplicateRecordException duplicate) {
				FormResponses.conflict(response);
				model.addAttribute("duplicate", duplicate.existing());
				return page.show(form, key, model);
			}
			catch (StaleRecordException changedMeanwhile) {
				FormResponses.conflict(response);
				RecordForm stored = changedMeanwhile.stored().orElseGet(() -> storedForm.apply(changedMeanwhile.id()));
				model.addAttribute("stored", stored);
				form.setVersion(stored.getVersion());
				return page.show(form, key, model);
			}
		}
		FormResponses.invalid(response);
		return page.show(form, key, model);
	}

}
