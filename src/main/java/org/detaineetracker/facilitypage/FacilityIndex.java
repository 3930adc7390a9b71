package org.detaineetracker.facilitypage;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.facility.FacilityKind;
import org.detaineetracker.kernel.KnownOn;

/**
 * The facilities index as the page and the API list it: filtered, as known on a date, in the order
 * asked for, each group followed by its sites.
 */
@Service
public class FacilityIndex {

	/** The holder whose custody, known on the day, was still open then (now: still open). */
	private static final String HOLDER = """
			(select min(h.name) from custody_period p join custody_holder h on h.id = p.holder_id
			    join source s on s.id = p.source_id
			  where p.facility_id = f.id and source_known_on(s.known_from, :knownOn)
			    and (p.ended_on is null or p.ended_on > :knownOn))""";

	/** Figures known on the day (count_known_on, V70, which PostgreSQL inlines). */
	private static final String FIGURES = """
			(select count(*) from reported_count c join source s on s.id = c.source_id
			  where c.facility_id = f.id and count_known_on(s.known_from, c.retracted_at, :knownOn))""";

	private static final String LATEST = """
			(select max(c.as_of) from reported_count c join source s on s.id = c.source_id
			  where c.facility_id = f.id and count_known_on(s.known_from, c.retracted_at, :knownOn))""";

	/**
	 * One statement, whatever the order: every facility the filters keep is numbered in the order
	 * asked for; a recursive pass puts each one's number after its group's (only when the group is
	 * listed too, so a site whose group the filters left out stands at the top level); the path of
	 * numbers orders the tree. Holder, figures and latest date are looked up for the page's rows
	 * only, unless the order needs them for all. The total rides along as a window count, so no
	 * second statement counts the rows.
	 */
	private static final String ROWS = """
			with recursive listed as (
			    select f.id, f.parent_id, row_number() over (order by %s nulls last, f.sort_key, f.name, f.id) as place
			    from facility f
			    where (cast(:country as text) is null or f.country_code = :country)
			      and (cast(:kind as text) is null or f.kind = :kind)
			      and (cast(:holder as text) is null or exists (
			            select 1 from custody_period p join custody_holder h on h.id = p.holder_id
			                join source s on s.id = p.source_id
			            where p.facility_id = f.id and h.slug = :holder and source_known_on(s.known_from, :knownOn)
			              and (p.ended_on is null or p.ended_on > :knownOn)))
			      and (cast(:search as text) is null or (tracker_query_key(:search) <> ''
			            and strpos(f.search_key, tracker_query_key(:search)) > 0))
			), tree as (
			    select l.id, array[l.place] as path from listed l
			    where l.parent_id is null or not exists (select 1 from listed g where g.id = l.parent_id)
			    union all
			    select l.id, t.path || l.place from listed l join tree t on l.parent_id = t.id
			), page as (
			    select t.id, t.path, count(*) over () as total from tree t order by t.path limit :size offset :offset
			)
			select f.id, f.slug, f.name, f.kind, f.country_code, f.admin1,
			    %s as current_holder, %s as report_count, %s as latest_as_of,
			    g.slug as parent_slug, g.name as parent_name, cardinality(pg.path) - 1 as depth, pg.total
			from page pg join facility f on f.id = pg.id left join facility g on g.id = f.parent_id
			order by pg.path""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	/** Country codes in the order of their names, per language: computed once each. */
	private final Map<Locale, String[]> countryOrder = new ConcurrentHashMap<>();

	FacilityIndex(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, Pageable pageable) {
		return find(filter, knownOn, FacilityOrder.BY_NAME, pageable);
	}

	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, FacilityOrder order, Pageable pageable) {
		Locale locale = LocaleContextHolder.getLocale();
		String sql = ROWS.formatted(orderBy(order), HOLDER, FIGURES, LATEST);
		long[] total = { 0 };
		List<FacilityRow> rows = jdbc.sql(sql)
			.param("country", filter.country())
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("holder", filter.holder())
			.param("search", filter.query())
			.param("knownOn", knownOn.latestKnownFrom())
			.param("labels", order.column() == FacilityOrder.Column.COUNTRY ? countryOrder(locale)
					: order.column() == FacilityOrder.Column.KIND ? kindOrder(locale) : new String[0])
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new FacilityRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
						FacilityKind.valueOf(rs.getString("kind")), rs.getString("country_code"), rs.getString("admin1"),
						rs.getString("current_holder"), rs.getLong("report_count"), rs.getObject("latest_as_of", LocalDate.class),
						rs.getString("parent_slug"), rs.getString("parent_name"), rs.getInt("depth"));
			})
			.list();
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			// past the last page: the window count came with no row, so ask the first page for it
			return new PageImpl<>(rows, pageable, find(filter, knownOn, order, pageable.first()).getTotalElements());
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

	/** The window's order for the column: only ever one of these fixed fragments, never request text. */
	private static String orderBy(FacilityOrder order) {
		String value = switch (order.column()) {
			case NAME -> "f.sort_key";
			case KIND, COUNTRY -> "array_position(cast(:labels as text[]), cast(%s as text))"
				.formatted(order.column() == FacilityOrder.Column.KIND ? "f.kind" : "f.country_code");
			case HOLDER -> HOLDER;
			case FIGURES -> FIGURES;
			case LATEST -> LATEST;
		};
		return value + (order.descending() ? " desc" : " asc");
	}

	/** Kinds in the order of the words the page shows for them. */
	private String[] kindOrder(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(FacilityKind.values())
			.sorted(Comparator.comparing(
					(FacilityKind k) -> messages.getMessage("facility.kind." + k.name(), null, k.name(), locale), collator))
			.map(Enum::name)
			.toArray(String[]::new);
	}

	/** ISO codes in the order of the country names the page shows, so "Iraq" sorts before "Syria" by name. */
	private String[] countryOrder(Locale locale) {
		return countryOrder.computeIfAbsent(locale, l -> {
			Collator collator = Collator.getInstance(l);
			return Arrays.stream(Locale.getISOCountries())
				.sorted(Comparator.comparing(code -> new Locale.Builder().setRegion(code).build().getDisplayCountry(l), collator))
				.toArray(String[]::new);
		});
	}

}
