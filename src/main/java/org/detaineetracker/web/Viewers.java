package org.detaineetracker.web;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is reading, as the layout asks on every page: signed in, an editor, an admin (with the role
 * hierarchy: an admin is an editor). Worked out once per page instead of once per link: the
 * header's {@code sec:authorize} attributes each parsed and evaluated a Spring Security expression,
 * a sixth of a kept page's time in the profile.
 */
@Component("viewers")
public class Viewers {

	/** What the layout needs to know of the reader. */
	public record Viewer(boolean signedIn, boolean editor, boolean admin, String name) {
	}

	private static final Viewer VISITOR = new Viewer(false, false, false, "");

	private final RoleHierarchy roles;

	Viewers(RoleHierarchy roles) {
		this.roles = roles;
	}

	public Viewer current() {
		Authentication authentication = signedIn();
		if (authentication == null) {
			return VISITOR;
		}
		Collection<? extends GrantedAuthority> reachable = roles.getReachableGrantedAuthorities(authentication.getAuthorities());
		return new Viewer(true, has(reachable, "ROLE_EDITOR"), has(reachable, "ROLE_ADMIN"), authentication.getName());
	}

	/**
	 * Who is signed in, or null for a visitor: all a kept page asks on its way out (whether to answer
	 * from what is kept, and the name to write in), without working out the roles as {@link #current()} does.
	 */
	public Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

	/** The signed-in reader's name, or nothing for a visitor. */
	public String name() {
		Authentication authentication = signedIn();
		return authentication == null ? "" : authentication.getName();
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
		return authorities.stream().anyMatch(a -> role.equals(a.getAuthority()));
	}

}
