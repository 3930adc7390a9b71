package org.detaineetracker.custody;

public enum HolderKind {
	GOVERNMENT, NON_STATE_ARMED_FORCE, FOREIGN_MILITARY, INTERNATIONAL_ORGANISATION, OTHER
}
