package org.detaineetracker.holder;

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

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.web.FormWorkflow;
import org.detaineetracker.web.FormWorkflow.Saved;

/** Editors add and correct custody holders. */
@Controller
class HolderFormController {

	static final String FORM = "holders/form";

	private final HolderService holders;

	private final HolderFormValidator validator;

	private final FormWorkflow<HolderForm> workflow;

	HolderFormController(HolderService holders, HolderFormValidator validator) {
		this.holders = holders;
		this.validator = validator;
		this.workflow = new FormWorkflow<>(this::showForm, id -> HolderForm.of(holders.find(id)));
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/holders/new")
	String newHolder(Model model) {
		return workflow.newForm(new HolderForm(), model);
	}

	@PostMapping("/holders")
	String create(@ModelAttribute("form") @Validated HolderForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, null, result, model, response, redirect, () -> saved(holders.create(form), "holder.confirm.created"));
	}

	@GetMapping("/holders/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(HolderForm.of(holders.find(slug)), slug, model);
	}

	@PostMapping("/holders/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated HolderForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return workflow.submit(form, slug, result, model, response, redirect, () -> saved(holders.revise(slug, form), "holder.confirm.updated"));
	}

	private static Saved saved(CustodyHolder holder, String confirmation) {
		return new Saved("/holders", confirmation, holder.getName());
	}

	private String showForm(HolderForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("holderSlug", slug);
		model.addAttribute("kinds", HolderKind.values());
		return FORM;
	}

}
