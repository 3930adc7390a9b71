package org.detaineetracker.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
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

	private final AccountService accounts;

	ApiTokensController(ApiTokens tokens, AccountService accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** The signed-in account's id, by its name: however the sign-in was made, the name is the account's. */
	private long accountId(Principal signedIn) {
		return accounts.byUsername(signedIn.getName())
			.map(Account::getId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Your account no longer exists."));
	}

	@GetMapping("/account/tokens")
	String list(Principal signedIn, Model model) {
		model.addAttribute("tokens", tokens.of(accountId(signedIn)));
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(Principal signedIn, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean readOnly, Model model, HttpServletResponse response) {
		try {
			ApiTokens.Created created = tokens.create(accountId(signedIn), name, readOnly);
			response.setStatus(HttpServletResponse.SC_CREATED);
			model.addAttribute("created", created);
		}
		catch (AccountException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", refused.getMessageKey());
			model.addAttribute("newName", name);
			model.addAttribute("newReadOnly", readOnly);
		}
		return list(signedIn, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(Principal signedIn, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			tokens.revoke(accountId(signedIn), id);
		}
		catch (AccountException notYours) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such token among yours.");
		}
		redirect.addFlashAttribute("confirmation", "tokens.confirm.revoked");
		return "redirect:/account/tokens";
	}

}
