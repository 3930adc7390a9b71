package org.detaineetracker.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins choose whether visitors without an account may read (see {@link PublicReading}) and which
 * sites may frame the embed views (see {@link EmbedOrigins}).
 */
@Controller
class SettingsController {

	private final PublicReading publicReading;

	SettingsController(PublicReading publicReading) {
		this.publicReading = publicReading;
	}

	@GetMapping("/admin/settings")
	String show(Model model) {
		PublicReading.Choices choices = publicReading.choices();
		model.addAttribute("publicReading", choices.open());
		model.addAttribute("embedOrigins", String.join("\n", choices.embedOrigins()));
		return "admin/settings";
	}

	/**
	 * An unticked checkbox sends nothing, so a missing value means off. A list of sites that cannot
	 * go into the header is shown again as typed, with the reason, and nothing is saved.
	 */
	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "false") boolean publicReading,
			@RequestParam(defaultValue = "") String embedOrigins, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.publicReading.save(new PublicReading.Choices(publicReading, EmbedOrigins.parse(embedOrigins)));
		}
		catch (EmbedOrigins.Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("publicReading", publicReading);
			model.addAttribute("embedOrigins", embedOrigins);
			model.addAttribute("embedOriginsError", refused.getMessage());
			return "admin/settings";
		}
		redirect.addFlashAttribute("confirmation", "settings.confirm.saved");
		return "redirect:/admin/settings";
	}

}
