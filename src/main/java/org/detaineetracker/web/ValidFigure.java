package org.detaineetracker.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A figure as the source wrote it — value, qualifier and, for ranges, the upper value — that some
 * number of people fits: a range has its upper value, not below the lower; no other qualifier has
 * one; "fewer than 0" fits nobody. Each refusal is reported on its field with its own message.
 * (Whether each value is a whole number in range is {@code @Range} on the field.)
 */
@Documented
@Constraint(validatedBy = ValidFigure.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidFigure {

	String message() default "{form.count.empty}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ValidFigure, FigureForm> {

		@Override
		public boolean isValid(FigureForm form, ConstraintValidatorContext context) {
			Integer value = form.getValue();
			Integer high = form.getValueHigh();
			if (form.getQualifier() == null || outOfRange(value) || outOfRange(high)) {
				return true;
			}
			if (form.getQualifier().needsUpperValue()) {
				if (high == null) {
					return refuse(context, "valueHigh", "{form.count.rangeNeedsHigh}");
				}
				if (value != null && high < value) {
					return refuse(context, "valueHigh", "{form.count.rangeOrder}");
				}
			}
			else if (high != null) {
				return refuse(context, "valueHigh", "{form.count.highOnlyForRange}");
			}
			if (value != null) {
				try {
					form.getQualifier().bounds(value, high);
				}
				catch (IllegalArgumentException noWholeNumber) {
					return refuse(context, "value", "{form.count.empty}");
				}
			}
			return true;
		}

		private static boolean outOfRange(Integer value) {
			return value != null && (value < 0 || value > Rules.MAX_COUNT);
		}

		static boolean refuse(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
