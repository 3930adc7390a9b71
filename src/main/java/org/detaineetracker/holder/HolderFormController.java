package org.detaineetracker.holder;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.detaineetracker.custody.CustodyHolder;
import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.web.Constraints;
import org.detaineetracker.web.FormResponses;
import org.detaineetracker.web.StaleRecordException;

/** Editors add and correct custody holders. */
@Controller
class HolderFormController {

	static final String FORM = "holders/form";

	private static final String SLUG_UNIQUE = "custody_holder_slug_unique";

	private final HolderService holders;

	private final HolderFormValidator validator;

	HolderFormController(HolderService holders, HolderFormValidator validator) {
		this.holders = holders;
		this.validator = validator;
	}

	@InitBinder("form")
	void bindForm(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/holders/new")
	String newHolder(Model model) {
		return showForm(new HolderForm(), null, model);
	}

	@PostMapping("/holders")
	String create(@ModelAttribute("form") @Validated HolderForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validator.checkAgainstRecords(form, null, result);
		if (!result.hasErrors()) {
			try {
				CustodyHolder saved = holders.create(form);
				redirect.addFlashAttribute("confirmation", "holder.confirm.created");
				redirect.addFlashAttribute("confirmationArgument", saved.getName());
				return "redirect:/holders";
			}
			catch (DataIntegrityViolationException takenMeanwhile) {
				Constraints.rejectTakenSlug(takenMeanwhile, SLUG_UNIQUE, result);
			}
		}
		FormResponses.invalid(response);
		return showForm(form, null, model);
	}

	@GetMapping("/holders/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		return showForm(HolderForm.of(holders.find(slug)), slug, model);
	}

	@PostMapping("/holders/{slug}")
	String update(@PathVariable String slug, @ModelAttribute("form") @Validated HolderForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		long id = holders.find(slug).getId();
		validator.checkAgainstRecords(form, id, result);
		if (!result.hasErrors()) {
			try {
				CustodyHolder saved = holders.revise(id, form);
				redirect.addFlashAttribute("confirmation", "holder.confirm.updated");
				redirect.addFlashAttribute("confirmationArgument", saved.getName());
				return "redirect:/holders";
			}
			catch (StaleRecordException | ObjectOptimisticLockingFailureException changedMeanwhile) {
				FormResponses.conflict(response);
				CustodyHolder current = holders.find(id);
				model.addAttribute("stored", HolderForm.of(current));
				form.setVersion(current.getVersion());
				return showForm(form, slug, model);
			}
			catch (DataIntegrityViolationException takenMeanwhile) {
				Constraints.rejectTakenSlug(takenMeanwhile, SLUG_UNIQUE, result);
			}
		}
		FormResponses.invalid(response);
		return showForm(form, slug, model);
	}

	private String showForm(HolderForm form, String slug, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("holderSlug", slug);
		model.addAttribute("kinds", HolderKind.values());
		return FORM;
	}

}
