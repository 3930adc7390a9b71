package org.detaineetracker.web;


/** Lost-update protection for every editable record. */
public final class Versions {

	private Versions() {
	}

	/**
	 * Hibernate ignores a version set on a managed entity, so the version the editor's form was based
	 * on is compared with the stored one here, before anything changes. The @Version column still
	 * catches two saves that pass this check at the same moment.
	 */
	public static void require(Long submitted, long stored, String what, Object id) {
		if (submitted == null || submitted != stored) {
			throw new StaleRecordException(what, id);
		}
	}

}
