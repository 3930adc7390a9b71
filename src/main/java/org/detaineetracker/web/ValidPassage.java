package org.detaineetracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The passage a figure or movement form carries in hidden fields (passageStart, passageEnd,
 * passageText, pastedTextSha256) when it was opened from the claim finder. The editor never types
 * them, so a broken one means a tampered or truncated form: it is refused, with the same limits the
 * database enforces (V50, V51); and a well-formed one must carry this server's signature
 * ({@link PassageSeal}), so a passage nobody read cannot be posted. The text's length and characters
 * are checked on its field.
 */
@Documented
@Constraint(validatedBy = ValidPassage.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPassage {

	String message() default "{form.passage.incomplete}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ValidPassage, FigureForm> {

		private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

		private final PassageSeal seal;

		/** Made by Spring's constraint validator factory, which gives it the application's seal. */
		public Check(PassageSeal seal) {
			this.seal = seal;
		}

		@Override
		public boolean isValid(FigureForm form, ConstraintValidatorContext context) {
			Integer start = form.getPassageStart();
			Integer end = form.getPassageEnd();
			String text = form.getPassageText();
			String sha256 = form.getPastedTextSha256();
			if (start == null && end == null && text == null && sha256 == null) {
				return true;
			}
			if (start == null || end == null || text == null) {
				return ValidFigure.Check.refuse(context, "passageText", "{form.passage.incomplete}");
			}
			if (start < 0 || end <= start) {
				return ValidFigure.Check.refuse(context, "passageStart", "{form.passage.offsets}");
			}
			boolean valid = true;
			boolean textRefusedOnItsField = text.length() > Rules.PASSAGE_MAX || Rules.hasControlCharacters(text, true);
			if (!textRefusedOnItsField && end - start != text.length()) {
				valid = ValidFigure.Check.refuse(context, "passageText", "{form.passage.mismatch}");
			}
			if (sha256 != null && !SHA256_HEX.matcher(sha256).matches()) {
				valid = ValidFigure.Check.refuse(context, "pastedTextSha256", "{form.passage.sha256}");
			}
			if (valid && !textRefusedOnItsField
					&& !seal.verifies(start, end, text, sha256, form.getPassageSignature())) {
				valid = ValidFigure.Check.refuse(context, "passageText", "{form.passage.signature}");
			}
			return valid;
		}

	}

}
