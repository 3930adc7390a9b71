package org.detaineetracker.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every account manages its own API tokens. A new token's secret is rendered in the answer to the
 * POST itself, not carried through a redirect, so it never rests in the session and is seen once.
 */
@Controller
class ApiTokensController {

	private final ApiTokens tokens;

	ApiTokensController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal AccountPrincipal account, Model model) {
		model.addAttribute("tokens", tokens.of(account.id()));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean readOnly, Model model, HttpServletResponse response) {
		try {
			ApiTokens.Created created = tokens.create(account.id(), name, readOnly);
			response.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("created", created);
		}
		catch (AccountException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", refused.getMessageKey());
			model.addAttribute("newName", name);
			model.addAttribute("newReadOnly", readOnly);
		}
		return list(account, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountPrincipal account, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			tokens.revoke(account.id(), id);
		}
		catch (AccountException notYours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such token among yours.");
		}
		redirect.addFlashAttribute("confirmation", "tokens.confirm.revoked");
		return "redirect:/account/tokens";
	}

}
