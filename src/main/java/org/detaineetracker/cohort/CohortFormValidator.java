package org.detaineetracker.cohort;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.web.Hierarchy;

/** The rules for a cohort, the same ones the database enforces (V3), in an editor's words. */
@Component
public class CohortFormValidator implements Validator {

	private final CohortRepository cohorts;

	CohortFormValidator(CohortRepository cohorts) {
		this.cohorts = cohorts;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CohortForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		// The field rules are constraints on CohortForm; what needs the stored cohorts is checkAgainstRecords.
	}

	/** Against the other cohorts: a free slug, and no loop of broader cohorts. */
	void checkAgainstRecords(CohortForm form, Long editedId, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")
				&& cohorts.existsBySlugAndIdNot(form.getSlug(), editedId == null ? -1 : editedId)) {
			errors.rejectValue("slug", "form.slug.taken");
		}
		Hierarchy.noLoop(errors, "parent", editedId, form.getParent() == null ? null : form.getParent().getId(),
				cohorts::findSelfAndAncestorIds);
	}

}
