package org.detaineetracker.holder;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.detaineetracker.custody.CustodyHolderRepository;
import org.detaineetracker.web.FieldChecks;
import org.detaineetracker.web.Rules;

/** The rules for a custody holder, the same ones the database enforces (V2), in an editor's words. */
@Component
class HolderFormValidator implements Validator {

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
		HolderForm form = (HolderForm) target;
		FieldChecks.slug(errors, "slug", form.getSlug());
		FieldChecks.text(errors, "name", form.getName(), true, Rules.NAME_MAX, false);
		FieldChecks.text(errors, "shortName", form.getShortName(), false, Rules.SHORT_NAME_MAX, false);
		FieldChecks.required(errors, "kind", form.getKind());
		FieldChecks.country(errors, "countryCode", form.getCountryCode(), false);
	}

	/** The slug must be free. */
	void checkAgainstRecords(HolderForm form, Long editedId, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")
				&& holders.existsBySlugAndIdNot(form.getSlug(), editedId == null ? -1 : editedId)) {
			errors.rejectValue("slug", "form.slug.taken");
		}
	}

}
