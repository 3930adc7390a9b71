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
 * An http or https address. An empty field is left to {@code @NotNull}, an over-long one to {@code @Size} and control
 * characters to {@code @PlainText}, so a field shows one message at a time. The message is
 * {@code WebAddress} in messages.properties.
 */
@Documented
@Constraint(validatedBy = WebAddress.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "{WebAddress}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.length() > Rules.URL_MAX || Rules.hasControlCharacters(value, false)) {
				return true;
			}
			return Rules.URL.matcher(value).matches();
		}

	}

}
