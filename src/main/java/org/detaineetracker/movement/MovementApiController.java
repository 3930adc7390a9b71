package org.detaineetracker.movement;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

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
