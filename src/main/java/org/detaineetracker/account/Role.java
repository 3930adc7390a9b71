package org.detaineetracker.account;

/** What an account may do; each role includes the ones before it. */
public enum Role {

	/** Reads every page. */
	ANALYST,
	/** Also enters and changes records. */
	EDITOR,
	/** Also manages accounts and exports. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
