package org.detaineetracker.web;

import java.security.Principal;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.web.FormWorkflow.Saved;

/**
 * The form of one kind of record, under the path its subclass maps (e.g. {@code /cohorts}): a new
 * record posts to the collection, an edit opens at {@code /{key}/edit} and posts to {@code /{key}},
 * and every submission is answered by {@link FormWorkflow}. A subclass says what differs: how its
 * page is shown, how its service reads and saves ({@link Records}), and where the editor goes after. Its own GET of the new form
 * (which takes different links' values) calls {@link #newForm}.
 * @param <F> the form
 * @param <R> the record
 * @param <K> what names a record in the path: its id or its slug
 */
public abstract class RecordFormController<F extends RecordForm, R, K> {

	/**
	 * How the record module's service reads and writes the record.
	 * @param find the record named in the path
	 * @param findById the record as stored now (shown after a lost race)
	 * @param formOf the stored record as a form
	 */
	public record Records<F, R, K>(Function<K, R> find, LongFunction<R> findById, Function<R, F> formOf,
			BiFunction<F, Principal, R> create, BiFunction<K, F, R> revise) {
	}

	private final Validator validator;

	private final Records<F, R, K> records;

	private final FormWorkflow<F> workflow;

	/** @param validator the rules the form's fields and references must meet */
	protected RecordFormController(Validator validator, Records<F, R, K> records) {
		this.validator = validator;
		this.records = records;
		this.workflow = new FormWorkflow<>(this::showForm, id -> records.formOf().apply(records.findById().apply(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@PostMapping
	String create(@ModelAttribute("form") @Validated F form, BindingResult result, Principal editor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> saved(form, records.create().apply(form, editor), true));
	}

	@GetMapping("/{key}/edit")
	String edit(@PathVariable K key, Model model, HttpServletResponse response) {
		return edit(records.find().apply(key), key, model, response);
	}

	@PostMapping("/{key}")
	String update(@PathVariable K key, @ModelAttribute("form") @Validated F form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, key, result, model, response, redirect, () -> saved(form, records.revise().apply(key, form), false));
	}

	/** A form for a new record, with its one-time submission token. */
	protected String newForm(F form, Model model) {
		return workflow.newForm(form, model);
	}

	/** The same, opened by a link whose values may name nothing: then shown with its errors and 400. */
	protected String newForm(F form, BindingResult prefill, Model model, HttpServletResponse response) {
		return workflow.newForm(form, prefill, model, response);
	}

	/** The edit form of a stored record; a record that refuses edits says so here. */
	protected String edit(R record, K key, Model model, HttpServletResponse response) {
		return showForm(records.formOf().apply(record), key, model);
	}

	/** The form page: the form under the name every form template binds, then what the page offers. */
	protected final String showForm(F form, Object key, Model model) {
		model.addAttribute("form", form);
		return render(form, key, model);
	}

	/** What the form page offers besides the form (select lists, its key), and its template; the key is null for a new record. */
	protected abstract String render(F form, Object key, Model model);


	/** Where the editor goes after saving, with which confirmation. */
	protected abstract Saved saved(F form, R record, boolean created);

}
