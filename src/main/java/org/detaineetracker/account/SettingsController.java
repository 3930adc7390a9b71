package org.detaineetracker.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins choose whether visitors without an account may read (see {@link PublicReading}). */
@Controller
class SettingsController {

	private final PublicReading publicReading;

	SettingsController(PublicReading publicReading) {
		this.publicReading = publicReading;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		model.addAttribute("publicReading", publicReading.isOpen());
		return "admin/settings";
	}

	/** An unticked checkbox sends nothing, so a missing value means off. */
	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "false") boolean publicReading, RedirectAttributes redirect) {
		this.publicReading.open(publicReading);
		redirect.addFlashAttribute("confirmation", "settings.confirm.saved");
		return "redirect:/admin/settings";
	}

}
