package org.detaineetracker.holder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.web.FormWorkflow.Saved;
import org.detaineetracker.web.RecordFormController;
import org.detaineetracker.web.RecordFormController.Records;

/** Editors add and correct custody holders; after saving, the list of holders. */
@Controller
@RequestMapping("/holders")
class HolderFormController extends RecordFormController<HolderForm, CustodyHolder, String> {

	static final String FORM = "holders/form";

	HolderFormController(HolderService holders, HolderFormValidator validator) {
		super(validator, new Records<>(holders::find, holders::find, HolderForm::of,
				(form, editor) -> holders.create(form), holders::revise));
	}

	@GetMapping("/new")
	String newHolder(Model model) {
		return newForm(new HolderForm(), model);
	}

	@Override
	protected String render(HolderForm form, Object slug, Model model) {
		model.addAttribute("holderSlug", slug);
		model.addAttribute("kinds", HolderKind.values());
		return FORM;
	}

	@Override
	protected Saved saved(HolderForm form, CustodyHolder holder, boolean created) {
		return new Saved("/holders", created ? "holder.confirm.created" : "holder.confirm.updated", holder.getName());
	}

}
