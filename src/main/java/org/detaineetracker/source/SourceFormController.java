package org.detaineetracker.source;

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
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.web.FormResponses;
import org.detaineetracker.web.StaleRecordException;

/** Editors add and correct sources. */
@Controller
class SourceFormController {

	static final String FORM = "sources/form";

	private final SourceService sources;

	private final SourceFormValidator validator;

	private final SourceReferences options;

	SourceFormController(SourceService sources, SourceFormValidator validator, SourceReferences options) {
		this.sources = sources;
		this.validator = validator;
		this.options = options;
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
		return showForm(form, null, model);
	}

	@PostMapping("/sources")
	String create(@ModelAttribute("form") @Validated SourceForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormResponses.invalid(response);
			return showForm(form, null, model);
		}
		Source saved = sources.create(form);
		if (form.isForClaims()) {
			// back to the article being read, with the new source chosen for the figures accepted from it
			redirect.addFlashAttribute("confirmation", "source.confirm.createdForClaims");
			return "redirect:/claims/reading?source=" + saved.getId();
		}
		if (form.getForFacility() != null) {
			// back to the figure the editor set out to enter, with the new source chosen
			redirect.addFlashAttribute("confirmation", "source.confirm.createdForFigure");
			return "redirect:/counts/new?facility=" + form.getForFacility().getId() + "&source=" + saved.getId();
		}
		redirect.addFlashAttribute("confirmation", "source.confirm.created");
		return "redirect:/sources/" + saved.getId();
	}

	@GetMapping("/sources/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return showForm(SourceForm.of(sources.find(id)), id, model);
	}

	@PostMapping("/sources/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") @Validated SourceForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		sources.find(id);
		validator.checkCites(form, id, result);
		if (result.hasErrors()) {
			FormResponses.invalid(response);
			return showForm(form, id, model);
		}
		try {
			sources.revise(id, form);
		}
		catch (StaleRecordException | ObjectOptimisticLockingFailureException changedMeanwhile) {
			FormResponses.conflict(response);
			Source current = sources.find(id);
			model.addAttribute("stored", SourceForm.of(current));
			form.setVersion(current.getVersion());
			return showForm(form, id, model);
		}
		redirect.addFlashAttribute("confirmation", "source.confirm.updated");
		return "redirect:/sources/" + id;
	}

	private String showForm(SourceForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sourceId", id);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		options.addOptions(model);
		return FORM;
	}

}
