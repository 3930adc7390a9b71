package org.detaineetracker.web;

import java.util.function.Supplier;

/** Lost-update protection for every editable record. */
public final class Versions {

	private Versions() {
	}

	/**
	 * Hibernate ignores a version set on a managed entity, so the version the editor's form was based
	 * on is compared with the stored one here, before anything changes. The @Version column still
	 * catches two saves that pass this check at the same moment (see {@link Writes}).
	 * @param stored the stored record as a form, shown beside the editor's values when they differ
	 */
	public static void require(Long submitted, long stored, String what, long id, Supplier<? extends RecordForm> storedForm) {
		if (submitted == null || submitted != stored) {
			throw new StaleRecordException(what, id, storedForm.get());
		}
	}

}
