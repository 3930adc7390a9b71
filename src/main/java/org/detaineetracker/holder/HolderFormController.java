package org.detaineetracker.holder;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;

/** Editors add and correct custody holders; after saving, the list of holders. */
@Controller
@RequestMapping("/holders")
class HolderFormController extends RecordFormController<HolderForm, CustodyHolder, String> {

	static final String FORM = "holders/form";

	private final HolderService holders;

	HolderFormController(HolderService holders, HolderFormValidator validator) {
		super(validator);
		this.holders = holders;
	}

	@GetMapping("/new")
	String newHolder(Model model) {
		return newForm(new HolderForm(), model);
	}

	@Override
	protected String showForm(HolderForm form, Object slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("holderSlug", slug);
		model.addAttribute("kinds", HolderKind.values());
		return FORM;
	}

	@Override
	protected HolderForm formOf(CustodyHolder holder) {
		return HolderForm.of(holder);
	}

	@Override
	protected CustodyHolder find(String slug) {
		return holders.find(slug);
	}

	@Override
	protected CustodyHolder findById(long id) {
		return holders.find(id);
	}

	@Override
	protected CustodyHolder create(HolderForm form, Principal editor) {
		return holders.create(form);
	}

	@Override
	protected CustodyHolder revise(String slug, HolderForm form) {
		return holders.revise(slug, form);
	}

	@Override
	protected Saved saved(HolderForm form, CustodyHolder holder, boolean created) {
		return new Saved("/holders", created ? "holder.confirm.created" : "holder.confirm.updated", holder.getName());
	}

}
