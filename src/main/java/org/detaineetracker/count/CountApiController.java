package org.detaineetracker.count;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import org.detaineetracker.web.DuplicateRecordException;
import org.detaineetracker.web.JsonForms;
import org.detaineetracker.web.JsonForms.Reference;
import org.detaineetracker.web.RejectedFormException;

/**
 * {@code POST /api/counts}: a figure from a script (an editor's API token, or a signed-in editor with
 * the CSRF token), through the figure form's own binding, validation, duplicate rule and service, so
 * it is refused in the same words and lands in the history as the editor's, like one from the form.
 */
@RestController
class CountApiController {

	/** The form's fields; the references by slug, the source by id. */
	static final Set<String> FIELDS = Set.of("facility", "cohort", "custodyHolder", "value", "qualifier", "valueHigh", "asOf",
			"asOfPrecision", "source", "speaker", "quote", "internal");

	private static final List<Reference> REFERENCES = List.of(new Reference("facility", "facility"),
			new Reference("cohort", "cohort"), new Reference("custodyHolder", "custody_holder"));

	/** The body, for the OpenAPI description: the figure form's fields, with records named by slug. */
	@Schema(name = "NewFigure", description = "A reported figure. Records are named by slug, the source by id; "
			+ "the same rules as the figure form apply and are reported field by field.")
	record Body(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "panorama-prison") String facility,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "isis-detainees") String cohort,
			@Schema(example = "sdf") String custodyHolder,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "4500") Integer value,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "OVER",
					allowableValues = { "EXACT", "APPROXIMATE", "OVER", "AT_LEAST", "NEARLY", "UP_TO", "FEWER_THAN", "RANGE" }) String qualifier,
			@Schema(description = "The upper end, for RANGE only") Integer valueHigh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-01-21") String asOf,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "DAY", "MONTH", "YEAR" }) String asOfPrecision,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The source's id") Long source,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Gen. Michael Kurilla, CENTCOM commander") String speaker,
			@Schema(description = "A short quote, at most 600 characters") String quote,
			@Schema(description = "Kept for signed-in accounts only") Boolean internal) {
	}

	private final JsonForms forms;

	private final CountFormValidator validator;

	private final CountService counts;

	CountApiController(JsonForms forms, CountFormValidator validator, CountService counts) {
		this.forms = forms;
		this.validator = validator;
		this.counts = counts;
	}

	/**
	 * 201 with the figure; 400 with each problem; 409 when it repeats a stored figure (the same
	 * facility, cohort, date, value and source), unless {@code confirm=true}.
	 */
	@Operation(summary = "Record a reported figure", description = "Editors only (a token that is not read-only, or a "
			+ "signed-in session with its CSRF token). 201 with the figure and its Location; 400 with each problem in "
			+ "the form's words; 409 when it repeats a stored figure (same source, facility, cohort, date and value): "
			+ "send confirm=true to save it anyway.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Body.class))))
	@PostMapping(path = "/api/counts", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean confirm,
			Principal editor, HttpServletRequest request) {
		CountForm form = new CountForm();
		BindingResult result = forms.bind(body, form, FIELDS, REFERENCES, validator);
		if (result.hasErrors()) {
			return forms.invalid(result, request, "figure");
		}
		form.setConfirmDuplicate(confirm);
		ReportedCount saved;
		try {
			saved = counts.create(form, editor.getName());
		}
		catch (DuplicateRecordException duplicate) {
			return forms.duplicate("/counts/" + ((ReportedCount) duplicate.existing()).getId(), request, "figure");
		}
		catch (RejectedFormException refused) {
			return forms.invalid(refused.errors(), request, "figure");
		}
		return ResponseEntity.created(URI.create("/counts/" + saved.getId())).body(view(saved));
	}

	private static Map<String, Object> view(ReportedCount count) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", count.getId());
		view.put("url", "/counts/" + count.getId());
		view.put("facility", count.getFacility().getSlug());
		view.put("cohort", count.getCohort().getSlug());
		view.put("custodyHolder", count.getCustodyHolder() == null ? null : count.getCustodyHolder().getSlug());
		view.put("value", count.getFigure().getValue());
		view.put("qualifier", count.getFigure().getQualifier());
		view.put("valueHigh", count.getFigure().getValueHigh());
		view.put("lowerBound", count.getFigure().getBounds().lower());
		view.put("upperBound", count.getFigure().getBounds().upper());
		view.put("asOf", count.getAsOf().date());
		view.put("asOfPrecision", count.getAsOf().precision());
		view.put("source", count.getSource().getId());
		view.put("speaker", count.getSpeaker());
		view.put("quote", count.getQuote());
		view.put("internal", count.isInternal());
		view.put("recordedBy", count.getRecordedBy());
		return view;
	}

}
