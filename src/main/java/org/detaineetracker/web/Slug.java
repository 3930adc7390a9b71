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
 * A slug: lower-case letters, digits and single dashes, as the database requires. An empty field is left to {@code @NotNull}, an over-long one to {@code @Size} and control
 * characters to {@code @PlainText}, so a field shows one message at a time. The message is
 * {@code Slug} in messages.properties.
 */
@Documented
@Constraint(validatedBy = Slug.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

	String message() default "{Slug}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Slug, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.length() > Rules.SLUG_MAX || Rules.hasControlCharacters(value, false)) {
				return true;
			}
			return Rules.SLUG.matcher(value).matches();
		}

	}

}
