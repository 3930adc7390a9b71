package org.detaineetracker.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list accounts, create them, change roles, disable them and reset passwords. */
@Controller
class AccountsController {

	private final AccountService accounts;

	private final Clock clock;

	AccountsController(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		List<Account> all = accounts.all();
		Instant now = clock.instant();
		model.addAttribute("accounts", all);
		model.addAttribute("states", all.stream().collect(Collectors.toMap(Account::getId,
				a -> !a.isEnabled() ? "DISABLED" : a.isLocked(now) ? "LOCKED" : "ACTIVE")));
		model.addAttribute("roles", Role.values());
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String role, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Account account = accounts.create(username, password, parseRole(role));
			redirect.addFlashAttribute("confirmation", "users.confirm.created");
			redirect.addFlashAttribute("confirmationArgument", account.getUsername());
			return "redirect:/admin/users";
		}
		catch (AccountException refused) {
			model.addAttribute("newUsername", username);
			model.addAttribute("newRole", role);
			return refused(refused, model, response);
		}
	}

	@PostMapping("/admin/users/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam(required = false) String role, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.changeRole(id, parseRole(role));
			redirect.addFlashAttribute("confirmation", "users.confirm.roleChanged");
			return "redirect:/admin/users";
		}
		catch (AccountException refused) {
			return refused(refused, model, response);
		}
	}

	@PostMapping("/admin/users/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			accounts.setEnabled(id, enabled);
			redirect.addFlashAttribute("confirmation", enabled ? "users.confirm.enabled" : "users.confirm.disabled");
			return "redirect:/admin/users";
		}
		catch (AccountException refused) {
			return refused(refused, model, response);
		}
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, password);
			redirect.addFlashAttribute("confirmation", "users.confirm.passwordReset");
			return "redirect:/admin/users";
		}
		catch (AccountException refused) {
			return refused(refused, model, response);
		}
	}

	private String refused(AccountException refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.getMessageKey().equals("account.error.lastAdmin")
				|| refused.getMessageKey().equals("account.error.taken") ? HttpServletResponse.SC_CONFLICT
						: HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("error", refused.getMessageKey());
		model.addAttribute("errorField", refused.getField());
		return list(model);
	}

	private static Role parseRole(String role) {
		if (role == null) {
			return null;
		}
		try {
			return Role.valueOf(role.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new AccountException("role", "account.error.role");
		}
	}

}
