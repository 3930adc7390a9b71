package org.detaineetracker.holder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every custody holder, with the facilities each holds and, for editors, a way to correct it. */
@Controller
class HolderListController {

	private final HolderService holders;

	HolderListController(HolderService holders) {
		this.holders = holders;
	}

	@GetMapping("/holders")
	String list(Model model) {
		model.addAttribute("holders", holders.all());
		return "holders/list";
	}

}
