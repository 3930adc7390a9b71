package org.detaineetracker.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API's writes (and the spreadsheet import's rows) go through the forms: a body is bound into the same form object a browser
 * fills, with the same conversions, trimming, Bean Validation and the form's own validator, and its
 * problems come back in the same words, field by field. What differs is only how records are named
 * (slugs rather than the ids of a select list) and how the answer is written (an RFC 9457 problem).
 */
@Component
public class JsonForms {

	/** A field that names a record by its slug, and the table that has it. */
	public record Reference(String field, String table) {
	}

	private final FormattingConversionService conversions;

	private final Validator beanValidation;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	JsonForms(@Qualifier("mvcConversionService") FormattingConversionService conversions,
			@Qualifier("mvcValidator") Validator beanValidation, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.conversions = conversions;
		this.beanValidation = beanValidation;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Binds the body's fields into {@code form} and validates it as the browser's form is. A field the
	 * form does not have, a value that is not a single one, or a slug that names nothing is a field
	 * error too, so a client hears of everything wrong at once.
	 */
	public BindingResult bind(JsonNode body, Object form, Set<String> fields, List<Reference> references,
			Validator formValidator) {
		WebDataBinder binder = binder(form);
		binder.setAllowedFields(fields.toArray(String[]::new));
		MutablePropertyValues values = new MutablePropertyValues();
		List<FieldError> unreadable = new ArrayList<>();
		Map<String, String> slugs = new LinkedHashMap<>();
		if (body == null || !body.isObject()) {
			binder.getBindingResult().reject("api.body.object", "Send a JSON object with the record's fields.");
			return binder.getBindingResult();
		}
		for (Map.Entry<String, JsonNode> field : body.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			if (!fields.contains(name)) {
				unreadable.add(new FieldError("form", name, value.toString(), false, new String[] { "api.field.unknown" },
						new Object[] { name, String.join(", ", fields) }, "There is no field " + name + "."));
				continue;
			}
			if (value.isNull()) {
				continue;
			}
			if (!value.isValueNode()) {
				unreadable.add(new FieldError("form", name, value.toString(), false, new String[] { "api.field.single" },
						null, "Give a single value."));
				continue;
			}
			String text = value.asString();
			Optional<Reference> reference = references.stream().filter(r -> r.field().equals(name)).findFirst();
			if (reference.isPresent()) {
				Optional<Long> id = jdbc.sql("select id from " + reference.get().table() + " where slug = ?")
					.param(text)
					.query(Long.class)
					.optional();
				if (id.isEmpty()) {
					slugs.put(name, text);
					continue;
				}
				text = String.valueOf(id.get());
			}
			values.add(name, text);
		}
		binder.bind(values);
		BindingResult result = binder.getBindingResult();
		unreadable.forEach(result::addError);
		slugs.forEach((name, slug) -> result.addError(new FieldError("form", name, slug, false,
				new String[] { "api.reference.unknown" }, new Object[] { slug }, "Nothing has the slug " + slug + ".")));
		beanValidation.validate(form, result);
		formValidator.validate(form, result);
		return result;
	}

	/**
	 * Binds text values (a spreadsheet's row, records already named by id) into {@code form} and
	 * validates it as the browser's form is.
	 */
	public BindingResult bind(Map<String, String> fields, Object form, Validator formValidator) {
		WebDataBinder binder = binder(form);
		binder.setAllowedFields(fields.keySet().toArray(String[]::new));
		MutablePropertyValues values = new MutablePropertyValues();
		fields.forEach((name, value) -> {
			if (value != null) {
				values.add(name, value);
			}
		});
		binder.bind(values);
		BindingResult result = binder.getBindingResult();
		beanValidation.validate(form, result);
		formValidator.validate(form, result);
		return result;
	}

	/** The words a form shows for each of its problems, field first where there is one. */
	public List<String> messages(Errors errors, Locale locale) {
		List<String> words = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			words.add(messages.getMessage(error, locale));
		}
		return words;
	}

	private WebDataBinder binder(Object form) {
		WebDataBinder binder = new WebDataBinder(form, "form");
		binder.setConversionService(conversions);
		FormBinding.textAndNumbers(binder);
		binder.registerCustomEditor(LocalDate.class, new RecordedDateEditor(clock));
		return binder;
	}

	/** 400: the form's problems, each with its field and the words the form would show. */
	public ResponseEntity<ProblemDetail> invalid(Errors errors, HttpServletRequest request, String what) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, String>> problems = new ArrayList<>();
		for (ObjectError error : errors.getAllErrors()) {
			Map<String, String> problem = new LinkedHashMap<>();
			if (error instanceof FieldError field) {
				problem.put("field", field.getField());
			}
			problem.put("message", messages.getMessage(error, locale));
			problems.add(problem);
		}
		String reason = "The " + what + " was not saved: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
				+ ". " + problems.get(0).get("message");
		ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.BAD_REQUEST, reason, request.getRequestURI());
		answer.getBody().setProperty("errors", problems);
		return answer;
	}

	/** 409: a likely duplicate, named, and how to save anyway. */
	public ResponseEntity<ProblemDetail> duplicate(String existing, HttpServletRequest request, String what) {
		ResponseEntity<ProblemDetail> answer = Problems.answer(HttpStatus.CONFLICT,
				"This " + what + " looks like one already recorded (" + existing + "); nothing was saved. Add "
						+ "it to that record instead, or send the request again with ?confirm=true to save it anyway.",
				request.getRequestURI());
		answer.getBody().setProperty("existing", URI.create(existing));
		return answer;
	}

}
