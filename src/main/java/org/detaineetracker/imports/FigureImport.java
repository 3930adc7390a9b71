package org.detaineetracker.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;

import org.detaineetracker.cohort.CohortForm;
import org.detaineetracker.cohort.CohortFormValidator;
import org.detaineetracker.cohort.CohortService;
import org.detaineetracker.count.CountForm;
import org.detaineetracker.count.CountFormValidator;
import org.detaineetracker.count.CountService;
import org.detaineetracker.facility.FacilityForm;
import org.detaineetracker.facility.FacilityFormValidator;
import org.detaineetracker.facility.FacilityService;
import org.detaineetracker.holder.HolderForm;
import org.detaineetracker.holder.HolderFormValidator;
import org.detaineetracker.holder.HolderService;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.movement.MovementForm;
import org.detaineetracker.movement.MovementFormValidator;
import org.detaineetracker.movement.MovementService;
import org.detaineetracker.source.SourceForm;
import org.detaineetracker.source.SourceFormValidator;
import org.detaineetracker.source.SourceService;
import org.detaineetracker.web.JsonForms;

/**
 * Reads a file of figures into the figure form, row by row, in one transaction: each row's
 * facility, cohort, holder and source found by slug, name or alias (or proposed as a new record,
 * made through its own form), the row bound and checked as the figure form is, a row that repeats a
 * stored figure kept out. A preview runs exactly this and rolls back, so what it shows is what the
 * import will do; the import itself commits only when no row has a problem, as one revision.
 * <p>
 * Memory stays flat whatever the file's length: rows are read one at a time, the persistence context
 * is written and emptied every {@link #BATCH} rows (the database writes the history as the rows
 * arrive, V125), and only the first rows and problems are kept to be shown.
 */
@Component
public class FigureImport {

	/** Rows between emptying the persistence context. */
	static final int BATCH = 500;

	/** Rows of each kind kept to be shown on the preview. */
	public static final int SHOWN = 200;

	public enum Status {
		NEW, REPEAT, PROBLEM
	}

	/** One row as the preview shows it. */
	public record RowOutcome(long line, Status status, String figure, String facility, String source, List<String> problems,
			Long repeats) {
	}

	/** A record the file names that does not exist yet, made when the editor confirms. */
	public record Proposal(String kind, String name, String details) {
	}

	/** What a run found or did. */
	public record Summary(long rows, long created, long repeats, long problems, List<RowOutcome> shown, List<Proposal> proposals,
			boolean committed) {
	}

	private final JsonForms forms;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final FigureWords figures;

	private final CountService counts;

	private final CountFormValidator countValidator;

	private final FacilityService facilities;

	private final FacilityFormValidator facilityValidator;

	private final CohortService cohorts;

	private final CohortFormValidator cohortValidator;

	private final HolderService holders;

	private final HolderFormValidator holderValidator;

	private final SourceService sources;

	private final SourceFormValidator sourceValidator;

	private final EntityManager entities;

	private final MovementService movements;

	private final MovementFormValidator movementValidator;

	FigureImport(JsonForms forms, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			MessageSource messages, FigureWords figures, CountService counts, CountFormValidator countValidator,
			FacilityService facilities, FacilityFormValidator facilityValidator, CohortService cohorts,
			CohortFormValidator cohortValidator, HolderService holders, HolderFormValidator holderValidator,
			SourceService sources, SourceFormValidator sourceValidator, EntityManager entities, MovementService movements,
			MovementFormValidator movementValidator) {
		this.forms = forms;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.messages = messages;
		this.figures = figures;
		this.counts = counts;
		this.countValidator = countValidator;
		this.facilities = facilities;
		this.facilityValidator = facilityValidator;
		this.cohorts = cohorts;
		this.cohortValidator = cohortValidator;
		this.holders = holders;
		this.holderValidator = holderValidator;
		this.sources = sources;
		this.sourceValidator = sourceValidator;
		this.entities = entities;
		this.movements = movements;
		this.movementValidator = movementValidator;
	}

	/**
	 * Runs the file: a preview ({@code commit} false) always rolls back; an import commits when no row
	 * has a problem and, if the file names new records, the editor has confirmed them.
	 */
	public Summary run(Path file, Mapping mapping, String editor, Locale locale, boolean commit, boolean createProposed,
			LongConsumer progress) {
		return transactions.execute(status -> {
			Run run = new Run(mapping, editor, locale);
			run.collectSources(file);
			counts.holdForImport();
			ImportFile.rows(file, row -> {
				run.row(row);
				if (run.rows % BATCH == 0) {
					entities.flush();
					entities.clear();
				}
				if (run.rows == 1_000 || run.rows % 20_000 == 0) {
					counts.refreshStatisticsForImport();
				}
				progress.accept(run.rows);
			});
			boolean refused = run.problems > 0 || (!run.proposals.isEmpty() && !createProposed);
			boolean committed = commit && !refused;
			if (!committed) {
				status.setRollbackOnly();
			}
			return new Summary(run.rows, committed || !commit ? run.created : 0, run.repeats, run.problems, run.shown,
					List.copyOf(run.proposals.values()), committed);
		});
	}

	/** The state of one run: what was found, made and seen. */
	private final class Run {

		private final Mapping mapping;

		private final String editor;

		private final Locale locale;

		private long rows;

		private long created;

		private long repeats;

		private long problems;

		private final List<RowOutcome> shown = new ArrayList<>();

		private int shownProblems;

		/** Found or made ids by kind and key ("facility:slug:x"); empty when nothing could be made. */
		private final Map<String, Optional<Long>> found = new HashMap<>();

		/** Problems of a proposed record, told on every row that needs it. */
		private final Map<String, List<String>> refused = new HashMap<>();

		private final Map<String, Proposal> proposals = new LinkedHashMap<>();

		/** The sources the file names, by outlet and title, with the first row's columns about them. */
		private final Map<String, ImportFile.Row> fileSources = new HashMap<>();

		private final Set<String> makingSources = new HashSet<>();

		Run(Mapping mapping, String editor, Locale locale) {
			this.mapping = mapping;
			this.editor = editor;
			this.locale = locale;
		}

		void collectSources(Path file) {
			ImportFile.rows(file, row -> {
				String key = sourceKey(get(row, "source_outlet"), get(row, "source_title"));
				if (key != null) {
					fileSources.putIfAbsent(key, row);
				}
			});
		}

		void row(ImportFile.Row row) {
			if (mapping.movements()) {
				movementRow(row);
				return;
			}
			rows++;
			List<String> rowProblems = new ArrayList<>();
			Long facility = facility(row, rowProblems);
			Long cohort = cohort(row, rowProblems);
			Long holder = holder(row, rowProblems);
			Long source = source(get(row, "source_outlet"), get(row, "source_title"), row, rowProblems);

			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("facility", facility == null ? null : facility.toString());
			fields.put("cohort", cohort == null ? null : cohort.toString());
			fields.put("custodyHolder", holder == null ? null : holder.toString());
			fields.put("value", get(row, "value"));
			fields.put("qualifier", get(row, "qualifier"));
			fields.put("valueHigh", get(row, "value_high"));
			fields.put("asOf", get(row, "as_of"));
			fields.put("asOfPrecision", orElse(get(row, "as_of_precision"), "DAY"));
			fields.put("source", source == null ? null : source.toString());
			fields.put("speaker", get(row, "speaker"));
			fields.put("quote", get(row, "quote"));
			CountForm form = new CountForm();
			BindingResult result = forms.bind(fields, form, countValidator);
			for (ObjectError error : result.getAllErrors()) {
				// a reference already explained above needs no second "choose a facility"
				if (error instanceof FieldError field && field.getRejectedValue() == null
						&& List.of("facility", "cohort", "source").contains(field.getField()) && !rowProblems.isEmpty()) {
					continue;
				}
				rowProblems.add(words(error));
			}
			String retractionReason = null;
			Instant retractedAt = null;
			if ("RETRACTED".equalsIgnoreCase(get(row, "status"))) {
				retractionReason = orElse(get(row, "retraction_reason"), "Retracted before import.");
				retractedAt = moment(get(row, "retracted_at"), rowProblems);
			}
			String figure = result.hasFieldErrors("value") || result.hasFieldErrors("qualifier") || form.getQualifier() == null
					|| form.getValue() == null ? get(row, "value") : figures.words(form.figure());
			if (!rowProblems.isEmpty()) {
				problems++;
				show(new RowOutcome(row.line(), Status.PROBLEM, figure, facilityName(row), sourceName(row), rowProblems, null));
				return;
			}
			CountService.Imported imported = counts.importFigure(form, editor, retractionReason, retractedAt);
			if (imported.saved() == null) {
				repeats++;
				show(new RowOutcome(row.line(), Status.REPEAT, figure, facilityName(row), sourceName(row), List.of(),
						imported.repeats().getId()));
				return;
			}
			created++;
			List<String> notes = imported.resembles() == null ? List.of()
					: List.of(text("import.resembles", imported.resembles().getId()));
			show(new RowOutcome(row.line(), Status.NEW, figure, facilityName(row), sourceName(row), notes, null));
		}

		/** A report of a movement: the movement found by the form's rule (or made), the report added unless it is there. */
		void movementRow(ImportFile.Row row) {
			rows++;
			List<String> rowProblems = new ArrayList<>();
			Long from = facility(row, "from_facility_slug", "from_facility_name", true, rowProblems);
			Long to = facility(row, "to_facility_slug", "to_facility_name", false, rowProblems);
			Long cohort = cohort(row, rowProblems);
			Long operator = holder(row, "operator_slug", "operator_name", rowProblems);
			Long source = source(get(row, "source_outlet"), get(row, "source_title"), row, rowProblems);
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("kind", get(row, "kind"));
			fields.put("status", get(row, "status"));
			fields.put("from", from == null ? null : from.toString());
			fields.put("to", to == null ? null : to.toString());
			fields.put("cohort", cohort == null ? null : cohort.toString());
			fields.put("operator", operator == null ? null : operator.toString());
			fields.put("value", get(row, "value"));
			fields.put("qualifier", get(row, "qualifier"));
			fields.put("valueHigh", get(row, "value_high"));
			fields.put("tally", get(row, "tally"));
			fields.put("startedOn", get(row, "started_on"));
			fields.put("startedPrecision", get(row, "started_precision"));
			fields.put("endedOn", get(row, "ended_on"));
			fields.put("endedPrecision", get(row, "ended_precision"));
			fields.put("source", source == null ? null : source.toString());
			fields.put("speaker", get(row, "speaker"));
			fields.put("quote", get(row, "quote"));
			MovementForm form = new MovementForm();
			BindingResult result = forms.bind(fields, form, movementValidator);
			for (ObjectError error : result.getAllErrors()) {
				if (error instanceof FieldError field && field.getRejectedValue() == null
						&& List.of("from", "cohort", "source").contains(field.getField()) && !rowProblems.isEmpty()) {
					continue;
				}
				rowProblems.add(words(error));
			}
			String figure = result.hasFieldErrors("value") || result.hasFieldErrors("qualifier") || form.getQualifier() == null
					|| form.getValue() == null ? get(row, "value") : figures.words(form.figure());
			String route = orElse(get(row, "from_facility_name"), get(row, "from_facility_slug"));
			if (!rowProblems.isEmpty()) {
				problems++;
				show(new RowOutcome(row.line(), Status.PROBLEM, figure, route, sourceName(row), rowProblems, null));
				return;
			}
			MovementService.Imported imported = movements.importReport(form, editor);
			if (imported.repeats()) {
				repeats++;
				show(new RowOutcome(row.line(), Status.REPEAT, figure, route, sourceName(row),
						List.of(text("import.movement.repeats", imported.movement().getId())), null));
				return;
			}
			created++;
			List<String> notes = imported.created() ? List.of()
					: List.of(text("import.movement.joins", imported.movement().getId()));
			show(new RowOutcome(row.line(), Status.NEW, figure, route, sourceName(row), notes, null));
		}

		private void show(RowOutcome outcome) {
			if (outcome.status() == Status.PROBLEM) {
				if (shownProblems++ < SHOWN) {
					shown.add(outcome);
				}
			}
			else if (shown.size() - Math.min(shownProblems, SHOWN) < SHOWN) {
				shown.add(outcome);
			}
		}

		private Long facility(ImportFile.Row row, List<String> rowProblems) {
			return facility(row, "facility_slug", "facility_name", true, rowProblems);
		}

		/** A facility named by the row's slug or name columns; none named is a problem only where one is needed. */
		private Long facility(ImportFile.Row row, String slugField, String nameField, boolean needed,
				List<String> rowProblems) {
			String slug = get(row, slugField);
			String name = get(row, nameField);
			if (slug == null && name == null) {
				if (needed) {
					rowProblems.add(text("import.facility.none"));
				}
				return null;
			}
			String key = "facility:" + (slug != null ? slug : name.toLowerCase(Locale.ROOT));
			return found(key, () -> {
				if (slug != null) {
					Optional<Long> id = jdbc.sql("select id from facility where slug = ?").param(slug).query(Long.class).optional();
					if (id.isPresent() || name == null) {
						return id;
					}
				}
				return jdbc.sql("""
						select id from facility where lower(name) = lower(:name)
						union all select facility_id from facility_alias where lower(name) = lower(:name)
						limit 1""").param("name", name).query(Long.class).optional();
			}, () -> {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("slug", slug != null ? slug : slug(name));
				fields.put("name", orElse(name, slug));
				fields.put("kind", orElse(get(row, "facility_kind"), "HOLDING_SITE"));
				fields.put("countryCode", get(row, "country_iso2"));
				fields.put("admin1", get(row, "admin1"));
				fields.put("latitude", get(row, "latitude"));
				fields.put("longitude", get(row, "longitude"));
				fields.put("coordinatePrecision", get(row, "coordinate_precision"));
				fields.put("status", "ACTIVE");
				FacilityForm form = new FacilityForm();
				return make(key, "facility", fields, form, facilityValidator,
						() -> facilities.create(form).getId(), fields.get("name"),
						text("import.proposal.facility", fields.get("slug"), fields.get("kind"), fields.get("countryCode")));
			}, rowProblems);
		}

		private Long cohort(ImportFile.Row row, List<String> rowProblems) {
			String slug = get(row, "cohort_slug");
			String name = get(row, "cohort_name");
			if (slug == null && name == null) {
				rowProblems.add(text("import.cohort.none"));
				return null;
			}
			String key = "cohort:" + (slug != null ? slug : name.toLowerCase(Locale.ROOT));
			return found(key, () -> jdbc.sql("""
					select id from cohort where slug = :slug or (cast(:slug as text) is null and lower(name) = lower(:name))
					order by id limit 1""").param("slug", slug).param("name", name).query(Long.class).optional(), () -> {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("slug", slug != null ? slug : slug(name));
				fields.put("name", orElse(name, slug));
				CohortForm form = new CohortForm();
				return make(key, "cohort", fields, form, cohortValidator, () -> cohorts.create(form).getId(),
						fields.get("name"), text("import.proposal.cohort", fields.get("slug")));
			}, rowProblems);
		}

		private Long holder(ImportFile.Row row, List<String> rowProblems) {
			return holder(row, "custody_holder_slug", "custody_holder_name", rowProblems);
		}

		private Long holder(ImportFile.Row row, String slugField, String nameField, List<String> rowProblems) {
			String slug = get(row, slugField);
			String name = get(row, nameField);
			if (slug == null && name == null) {
				return null;
			}
			String key = "holder:" + (slug != null ? slug : name.toLowerCase(Locale.ROOT));
			return found(key, () -> jdbc.sql("""
					select id from custody_holder
					where slug = :slug or (cast(:slug as text) is null and (lower(name) = lower(:name) or lower(short_name) = lower(:name)))
					order by id limit 1""").param("slug", slug).param("name", name).query(Long.class).optional(), () -> {
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put("slug", slug != null ? slug : slug(name));
				fields.put("name", orElse(name, slug));
				fields.put("kind", "OTHER");
				HolderForm form = new HolderForm();
				return make(key, "holder", fields, form, holderValidator, () -> holders.create(form).getId(),
						fields.get("name"), text("import.proposal.holder", fields.get("slug")));
			}, rowProblems);
		}

		/**
		 * The source by outlet and title (and publication day, where given). One to be made is read
		 * from the first row naming it; one that is only repeated by a source of the file (and not a
		 * source of any row) from the row's cites_source columns.
		 */
		private Long source(String outlet, String title, ImportFile.Row row, List<String> rowProblems) {
			String key = sourceKey(outlet, title);
			if (key == null) {
				rowProblems.add(text("import.source.none"));
				return null;
			}
			ImportFile.Row described = fileSources.get(key);
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("outlet", outlet);
			fields.put("title", title);
			if (described != null) {
				fields.put("url", get(described, "source_url"));
				fields.put("kind", orElse(get(described, "source_kind"), "NEWS"));
				fields.put("publishedOn", get(described, "source_published_on"));
				fields.put("publishedPrecision", orElse(get(described, "source_published_precision"), "DAY"));
			}
			else {
				fields.put("kind", orElse(get(row, "cites_source_kind"), "OTHER"));
				fields.put("publishedOn", get(row, "cites_source_published_on"));
				fields.put("publishedPrecision", orElse(get(row, "cites_source_published_precision"), "DAY"));
			}
			String published = fields.get("publishedOn");
			return found(key, () -> jdbc.sql("""
					select id from source where lower(outlet) = lower(:outlet) and lower(title) = lower(:title)
					  and (cast(:published as text) is null or published_on = cast(:published as date))
					order by id limit 1""").param("outlet", outlet).param("title", title)
				.param("published", published != null && published.matches("\\d{4}-\\d{2}-\\d{2}") ? published : null)
				.query(Long.class).optional(), () -> {
					if (!makingSources.add(key)) {
						return Optional.empty();
					}
					Long cites = null;
					if (described != null) {
						String citesOutlet = get(described, "cites_source_outlet");
						String citesTitle = get(described, "cites_source_title");
						if (sourceKey(citesOutlet, citesTitle) != null) {
							cites = source(citesOutlet, citesTitle, described, rowProblems);
						}
					}
					fields.put("cites", cites == null ? null : cites.toString());
					SourceForm form = new SourceForm();
					// found by outlet and title above: the form's "similar source" question is answered
					form.setConfirmDuplicate(true);
					return make(key, "source", fields, form, sourceValidator, () -> sources.create(form).getId(),
							outlet + ": " + title, text("import.proposal.source", orElse(published, "?"), fields.get("kind")));
				}, rowProblems);
		}

		/** A record found or made once per run; a record that could not be made is a problem of every row naming it. */
		private Long found(String key, java.util.function.Supplier<Optional<Long>> find,
				java.util.function.Supplier<Optional<Long>> make, List<String> rowProblems) {
			Optional<Long> id = this.found.get(key);
			if (id == null) {
				id = find.get();
				if (id.isEmpty()) {
					id = make.get();
				}
				this.found.put(key, id);
			}
			if (id.isEmpty()) {
				rowProblems.addAll(refused.getOrDefault(key, List.of(text("import.reference.unmade"))));
				return null;
			}
			return id.get();
		}

		/** A proposed record through its own form: bound, checked, then saved by its service. */
		private Optional<Long> make(String key, String kind, Map<String, String> fields, Object form, Validator validator,
				java.util.function.LongSupplier save, String name, String details) {
			BindingResult result = forms.bind(fields, form, validator);
			String table = SLUGGED.get(kind);
			if (table != null && fields.get("slug") != null && !result.hasFieldErrors("slug") && jdbc
				.sql("select count(*) from " + table + " where slug = ?").param(fields.get("slug")).query(Long.class).single() > 0) {
				// the form's service would refuse it inside the transaction, which would end the whole run
				result.rejectValue("slug", "import.slug.taken", new Object[] { fields.get("slug") }, null);
			}
			if (result.hasErrors()) {
				List<String> reasons = new ArrayList<>();
				for (ObjectError error : result.getAllErrors()) {
					reasons.add(text("import.proposal.refused." + kind, name, words(error)));
				}
				refused.put(key, reasons);
				return Optional.empty();
			}
			long id = save.getAsLong();
			proposals.put(key, new Proposal(text("import.kind." + kind), name, details));
			return Optional.of(id);
		}

		private String get(ImportFile.Row row, String field) {
			return row.get(mapping.column(field));
		}

		private String facilityName(ImportFile.Row row) {
			return orElse(get(row, "facility_name"), get(row, "facility_slug"));
		}

		private String sourceName(ImportFile.Row row) {
			String outlet = get(row, "source_outlet");
			String title = get(row, "source_title");
			return outlet == null ? title : title == null ? outlet : outlet + ": " + title;
		}

		private Instant moment(String text, List<String> rowProblems) {
			if (text == null) {
				return null;
			}
			try {
				return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				try {
					return Instant.parse(text);
				}
				catch (DateTimeParseException stillUnreadable) {
					rowProblems.add(text("import.retractedAt.unreadable", text));
					return null;
				}
			}
		}

		/** A problem as the form words it, with the field's label in front. */
		private String words(ObjectError error) {
			String message = messages.getMessage(error, locale);
			if (error instanceof FieldError field) {
				String label = messages.getMessage("form.field." + field.getField(), null, field.getField(), locale);
				return label + ": " + message;
			}
			return message;
		}

		private String text(String code, Object... arguments) {
			return messages.getMessage(code, arguments, locale);
		}

	}

	/** The tables of the records a slug names. */
	private static final Map<String, String> SLUGGED = Map.of("facility", "facility", "cohort", "cohort", "holder",
			"custody_holder");

	private static String sourceKey(String outlet, String title) {
		return outlet == null || title == null ? null : "source:" + outlet.toLowerCase(Locale.ROOT) + "\u0000" + title.toLowerCase(Locale.ROOT);
	}

	private static String orElse(String value, String otherwise) {
		return value != null ? value : otherwise;
	}

	/** A slug made of a name: lower-case letters and digits joined by single hyphens. */
	static String slug(String name) {
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "imported" : slug;
	}

}
