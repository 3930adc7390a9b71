package org.detaineetracker.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules for a passage that a count or movement form carries in hidden fields (passageStart,
 * passageEnd, passageText, pastedTextSha256, passageSignature) when it was opened from the claim
 * finder. The editor never types them, so a broken one means a tampered or truncated form: it is
 * refused, with the same limits the database enforces (V50, V51); and a well-formed one must carry
 * this server's signature ({@link PassageSeal}), so a passage nobody read cannot be posted.
 */
@Component
public final class PassageChecks {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private final PassageSeal seal;

	public PassageChecks(PassageSeal seal) {
		this.seal = seal;
	}

	public void check(Errors errors, Integer start, Integer end, String text, String pastedTextSha256,
			String signature) {
		if (start == null && end == null && text == null && pastedTextSha256 == null) {
			return;
		}
		if (errors.hasFieldErrors("passageStart") || errors.hasFieldErrors("passageEnd")
				|| errors.hasFieldErrors("passageText") || errors.hasFieldErrors("pastedTextSha256")) {
			return;
		}
		if (start == null || end == null || text == null) {
			errors.rejectValue("passageText", "form.passage.incomplete");
			return;
		}
		if (start < 0 || end <= start) {
			errors.rejectValue("passageStart", "form.passage.offsets");
			return;
		}
		if (text.length() > Rules.PASSAGE_MAX) {
			errors.rejectValue("passageText", "form.tooLong", new Object[] { Rules.PASSAGE_MAX }, null);
		}
		else if (Rules.hasControlCharacters(text, true)) {
			errors.rejectValue("passageText", "form.controlCharacters");
		}
		else if (end - start != text.length()) {
			errors.rejectValue("passageText", "form.passage.mismatch");
		}
		if (pastedTextSha256 != null && !SHA256_HEX.matcher(pastedTextSha256).matches()) {
			errors.rejectValue("pastedTextSha256", "form.passage.sha256");
		}
		if (!errors.hasFieldErrors("passageStart") && !errors.hasFieldErrors("passageText")
				&& !errors.hasFieldErrors("pastedTextSha256")
				&& !seal.verifies(start, end, text, pastedTextSha256, signature)) {
			errors.rejectValue("passageText", "form.passage.signature");
		}
	}

}
