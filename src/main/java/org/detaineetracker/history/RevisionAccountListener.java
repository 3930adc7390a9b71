package org.detaineetracker.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in account that made the change. */
public class RevisionAccountListener implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revision).setUsername(authentication != null && authentication.isAuthenticated()
				? authentication.getName() : SYSTEM);
	}

}
