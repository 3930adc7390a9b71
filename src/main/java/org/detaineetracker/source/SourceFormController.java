package org.detaineetracker.source;

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
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/** Editors add and correct sources. */
@Controller
class SourceFormController {

	static final String FORM = "sources/form";

	private final SourceService sources;

	private final SourceFormValidator validator;

	private final SourceReferences options;

	private final FormWorkflow<SourceForm> workflow;

	SourceFormController(SourceService sources, SourceFormValidator validator, SourceReferences options) {
		this.sources = sources;
		this.validator = validator;
		this.options = options;
		this.workflow = new FormWorkflow<>(this::showForm, id -> SourceForm.of(sources.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/sources/new")
	String newSource(@RequestParam(required = false) Facility forFacility,
			@RequestParam(defaultValue = "false") boolean forClaims, Model model) {
		SourceForm form = new SourceForm();
		form.setForFacility(forFacility);
		form.setForClaims(forClaims);
		return workflow.newForm(form, model);
	}

	@PostMapping("/sources")
	String create(@ModelAttribute("form") @Validated SourceForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> created(sources.create(form), form));
	}

	/** Back to the article being read or the figure being entered, with the new source chosen; else the source. */
	private static Saved created(Source saved, SourceForm form) {
		if (form.isForClaims()) {
			return new Saved("/claims/reading?source=" + saved.getId(), "source.confirm.createdForClaims");
		}
		if (form.getForFacility() != null) {
			return new Saved("/counts/new?facility=" + form.getForFacility().getId() + "&source=" + saved.getId(),
					"source.confirm.createdForFigure");
		}
		return new Saved("/sources/" + saved.getId(), "source.confirm.created");
	}

	@GetMapping("/sources/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showForm(SourceForm.of(sources.find(id)), id, model);
	}

	@PostMapping("/sources/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") @Validated SourceForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, id, result, model, response, redirect, () -> new Saved(
				"/sources/" + sources.revise(id, form).getId(), "source.confirm.updated"));
	}

	private String showForm(SourceForm form, Object id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sourceId", id);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.addOptions(model);
		return FORM;
	}

}
