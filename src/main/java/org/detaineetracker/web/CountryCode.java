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
 * An ISO 3166-1 alpha-2 country code (forms upper-case what the editor typed). An empty field is
 * left to {@code @NotNull} and control characters to {@code @PlainText}, so a field shows one
 * message at a time. The message is {@code CountryCode} in messages.properties.
 */
@Documented
@Constraint(validatedBy = CountryCode.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

	String message() default "{CountryCode}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<CountryCode, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || Rules.hasControlCharacters(value, false)) {
				return true;
			}
			return Rules.isCountryCode(value);
		}

	}

}
