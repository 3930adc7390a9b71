package org.detaineetracker.movement;

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
 * {@code POST /api/movements}: a movement and its first report from a script, through the movement
 * form's own binding, validation, duplicate rule and service, as {@code POST /api/counts} does for
 * figures.
 */
@RestController
class MovementApiController {

	/** The form's fields; the references by slug, the source by id. */
	static final Set<String> FIELDS = Set.of("kind", "status", "from", "to", "cohort", "operator", "value", "qualifier",
			"valueHigh", "tally", "startedOn", "startedPrecision", "endedOn", "endedPrecision", "source", "speaker", "quote",
			"internal");

	private static final List<Reference> REFERENCES = List.of(new Reference("from", "facility"), new Reference("to", "facility"),
			new Reference("cohort", "cohort"), new Reference("operator", "custody_holder"));

	/** The body, for the OpenAPI description: the movement form's fields, with records named by slug. */
	@Schema(name = "NewMovement", description = "A movement and its first report. Records are named by slug, the "
			+ "source by id; the same rules as the movement form apply and are reported field by field.")
	record Body(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "TRANSFER", "RELEASE", "ESCAPE", "REPATRIATION" }) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "PLANNED", "UNDER_WAY", "COMPLETED" }) String status,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "panorama-prison") String from,
			@Schema(description = "Empty when people leave custody", example = "baghdad-airport-detention-facility") String to,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "isis-detainees") String cohort,
			@Schema(example = "us-centcom") String operator,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "150") Integer value,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "EXACT") String qualifier,
			@Schema(description = "The upper end, for RANGE only") Integer valueHigh,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "BATCH", "CUMULATIVE" }) String tally,
			String startedOn, @Schema(allowableValues = { "DAY", "MONTH", "YEAR" }) String startedPrecision,
			String endedOn, @Schema(allowableValues = { "DAY", "MONTH", "YEAR" }) String endedPrecision,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The source's id") Long source,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String speaker, String quote,
			@Schema(description = "Kept for signed-in accounts only") Boolean internal) {
	}

	private final JsonForms forms;

	private final MovementFormValidator validator;

	private final MovementService movements;

	MovementApiController(JsonForms forms, MovementFormValidator validator, MovementService movements) {
		this.forms = forms;
		this.validator = validator;
		this.movements = movements;
	}

	/**
	 * 201 with the movement; 400 with each problem; 409 when it looks like a stored movement (the same
	 * route and cohort at overlapping dates), unless {@code confirm=true}: then a second report of the
	 * same movement belongs on that movement ({@code /movements/{id}/reports/new}).
	 */
	@Operation(summary = "Record a movement", description = "Editors only (a token that is not read-only, or a "
			+ "signed-in session with its CSRF token). 201 with the movement and its Location; 400 with each problem "
			+ "in the form's words; 409 when it looks like a stored movement (same route and cohort at overlapping "
			+ "dates): add a report to that one instead, or send confirm=true to save it anyway.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Body.class))))
	@PostMapping(path = "/api/movements", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> create(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean confirm,
			Principal editor, HttpServletRequest request) {
		MovementForm form = new MovementForm();
		BindingResult result = forms.bind(body, form, FIELDS, REFERENCES, validator);
		if (result.hasErrors()) {
			return forms.invalid(result, request, "movement");
		}
		form.setConfirmDuplicate(confirm);
		Movement saved;
		try {
			saved = movements.create(form, editor.getName());
		}
		catch (DuplicateRecordException duplicate) {
			return forms.duplicate("/movements/" + ((Movement) duplicate.existing()).getId(), request, "movement");
		}
		catch (RejectedFormException refused) {
			return forms.invalid(refused.errors(), request, "movement");
		}
		return ResponseEntity.created(URI.create("/movements/" + saved.getId())).body(view(saved));
	}

	private static Map<String, Object> view(Movement movement) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", movement.getId());
		view.put("url", "/movements/" + movement.getId());
		view.put("kind", movement.getKind());
		view.put("status", movement.getStatus());
		view.put("from", movement.getFrom().getSlug());
		view.put("to", movement.getTo() == null ? null : movement.getTo().getSlug());
		view.put("cohort", movement.getCohort().getSlug());
		view.put("operator", movement.getOperator() == null ? null : movement.getOperator().getSlug());
		view.put("value", movement.getFigure().getValue());
		view.put("qualifier", movement.getFigure().getQualifier());
		view.put("valueHigh", movement.getFigure().getValueHigh());
		view.put("tally", movement.getTally());
		view.put("started", movement.getStarted() == null ? null : movement.getStarted().date());
		view.put("ended", movement.getEnded() == null ? null : movement.getEnded().date());
		view.put("source", movement.getSource().getId());
		view.put("speaker", movement.getSpeaker());
		view.put("internal", movement.isInternal());
		return view;
	}

}
