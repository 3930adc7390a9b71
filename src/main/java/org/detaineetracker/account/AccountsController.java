package org.detaineetracker.account;

import java.beans.PropertyEditorSupport;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list accounts, create them, change roles, disable them and reset passwords. */
@Controller
class AccountsController {

	private final AccountService accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountsController(AccountService accounts) {
		this.accounts = accounts;
	}

	/** Passwords are taken exactly as typed: the trimming every other form field gets would change them. */
	@InitBinder("password")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text);
			}

		});
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		List<Account> all = accounts.all();
		Set<String> locked = accounts.lockedNames();
		model.addAttribute("accounts", all);
		model.addAttribute("states", all.stream().collect(Collectors.toMap(Account::getId,
				a -> !a.isEnabled() ? "DISABLED" : locked.contains(a.getUsername()) ? "LOCKED" : "ACTIVE")));
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
			Authentication signedIn, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			AccountPrincipal changed = accounts.resetPassword(id, password);
			if (signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal self && self.id() == id) {
				// One's own new password ends one's other sessions, not this one.
				stayInThisSession(changed, signedIn, request, response);
			}
			redirect.addFlashAttribute("confirmation", "users.confirm.passwordReset");
			return "redirect:/admin/users";
		}
		catch (AccountException refused) {
			return refused(refused, model, response);
		}
	}

	private void stayInThisSession(AccountPrincipal changed, Authentication signedIn, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, signedIn.getAuthorities()));
		contexts.setContext(context);
		sessions.saveContext(context, request, response);
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
