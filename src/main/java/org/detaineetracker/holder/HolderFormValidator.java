package org.detaineetracker.holder;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.custody.CustodyHolderRepository;

/** The rules for a custody holder, the same ones the database enforces (V2), in an editor's words. */
@Component
public class HolderFormValidator implements Validator {

	private final CustodyHolderRepository holders;

	HolderFormValidator(CustodyHolderRepository holders) {
		this.holders = holders;
	}

	@Override
	public boolean supports(Class<?> type) {
		return HolderForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		// The field rules are constraints on HolderForm; what needs the stored holders is checkAgainstRecords.
	}

	/** The slug must be free. */
	void checkAgainstRecords(HolderForm form, Long editedId, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")
				&& holders.existsBySlugAndIdNot(form.getSlug(), editedId == null ? -1 : editedId)) {
			errors.rejectValue("slug", "form.slug.taken");
		}
	}

}
