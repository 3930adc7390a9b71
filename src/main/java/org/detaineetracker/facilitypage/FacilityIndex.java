package org.detaineetracker.facilitypage;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.detaineetracker.kernel.Audience;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.VersionedCache;

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

	/** Per facility, the holder whose custody known on the day is still open: for ordering by holder. */
	private static final String HOLDERS = """
			holders as (select p.facility_id, min(h.name) as v from custody_period p
			      join custody_holder h on h.id = p.holder_id join source s on s.id = p.source_id
			    where source_known_on(s.known_from, :knownOn) and (p.ended_on is null or p.ended_on > :knownOn)
			    group by p.facility_id)""";

	/** Per facility, its figures known on the day, in one pass: for ordering by figures or latest date. */
	private static final String FIGURES_BY_FACILITY = """
			figures as (select c.facility_id, count(*) as n, max(c.as_of) as latest from reported_count c
			      join source s on s.id = c.source_id
			    where count_known_on(s.known_from, c.retracted_at, :knownOn)
			    group by c.facility_id)""";

	/**
	 * One statement, whatever the order and the page. Each facility is ordered as its top-level group
	 * (grandparent, parent or itself) would be, then as its own group within that, then by itself, so
	 * a group's sites follow it in every order (three levels deep; groups are rarely nested at all).
	 * No recursion and no self-join of a filtered set: the ancestors are two joins by primary key, and
	 * what an order needs of every facility (holder, figures) is one aggregate joined by hash. Holder,
	 * figures and latest date are looked up per row only for the page. The total rides along as a
	 * window count, so no second statement counts the rows.
	 */
	private static final String ORDERED = """
			with %s keyed as (
			    select f.id, %s
			    from facility f left join facility p on p.id = f.parent_id left join facility r on r.id = p.parent_id
			    %s
			    where (cast(:country as text) is null or f.country_code = :country)
			      and (cast(:kind as text) is null or f.kind = :kind)
			      and (cast(:holder as text) is null or exists (
			            select 1 from custody_period cp join custody_holder h on h.id = cp.holder_id
			                join source s on s.id = cp.source_id
			            where cp.facility_id = f.id and h.slug = :holder and source_known_on(s.known_from, :knownOn)
			              and (cp.ended_on is null or cp.ended_on > :knownOn)))
			      and (cast(:search as text) is null or (tracker_query_key(:search) <> ''
			            and strpos(f.search_key, tracker_query_key(:search)) > 0))
			), ordered as (
			    select id, row_number() over (order by %s) as place from keyed
			)
			select o.id, o.place, o.place > :offset and o.place <= :offset + :size as shown,
			    case when o.place > :offset and o.place <= :offset + :size then f.slug end as slug,
			    case when o.place > :offset and o.place <= :offset + :size then f.name end as name,
			    f.kind, f.country_code, f.admin1, p.slug as parent_slug, p.name as parent_name,
			    case when o.place > :offset and o.place <= :offset + :size then %s end as current_holder,
			    case when o.place > :offset and o.place <= :offset + :size then %s end as report_count,
			    case when o.place > :offset and o.place <= :offset + :size then %s end as latest_as_of
			from ordered o join facility f on f.id = o.id left join facility p on p.id = f.parent_id
			order by o.place""";

	/** The rows of a page whose facilities are known, by id. */
	private static final String BY_ID = """
			select f.id, f.slug, f.name, f.kind, f.country_code, f.admin1, p.slug as parent_slug, p.name as parent_name,
			    %s as current_holder, %s as report_count, %s as latest_as_of
			from facility f left join facility p on p.id = f.parent_id
			where f.id = any(cast(:ids as bigint[]))""";

	/** What an order of the index depends on besides the data; the order's ids are kept per data version. */
	private record Key(FacilityFilter filter, FacilityOrder order, LocalDate knownFrom, Audience audience, Locale locale) {
	}

	/**
	 * The whole order of the index for the filters, order, date, audience and language asked for,
	 * as facility ids, kept until the next write: a reader paging through, or the next reader of the
	 * same list, then costs one statement by primary key for the page's rows.
	 */
	private final VersionedCache<Key, long[]> orders = new VersionedCache<>(64);

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

	/**
	 * The page asked for in one statement, without the kept orders (the API: a client pages through
	 * by itself, and reading the data version first would be a second statement for every page).
	 */
	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, FacilityOrder order, Pageable pageable) {
		List<FacilityRow> shown = new ArrayList<>();
		long[] ids = ordered(filter, knownOn, order, pageable, LocaleContextHolder.getLocale(), shown);
		return new PageImpl<>(nested(shown), pageable, ids.length);
	}

	/**
	 * The page asked for, at the data version the caller read: the first request for a list (after
	 * a write, or with new filters) orders every facility it holds in one statement that also brings
	 * the page's rows; the ids in order are then kept, and a page of the same list costs one
	 * statement by primary key.
	 */
	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, FacilityOrder order, Pageable pageable,
			long version) {
		Locale locale = LocaleContextHolder.getLocale();
		Key key = new Key(filter, order, knownOn.latestKnownFrom(), Audience.current(), locale);
		long[] kept = orders.peek(key, version);
		if (kept != null) {
			return page(kept, pageable, knownOn);
		}
		List<FacilityRow> shown = new ArrayList<>();
		long[] ids = orders.get(key, version, () -> ordered(filter, knownOn, order, pageable, locale, shown));
		// another reader may have ordered the list meanwhile: then this one reads its page by id
		return shown.isEmpty() && ids.length > pageable.getOffset() ? page(ids, pageable, knownOn)
				: new PageImpl<>(nested(shown), pageable, ids.length);
	}

	/** The page's slice of a kept order, read by primary key and put back in order. */
	private Page<FacilityRow> page(long[] ids, Pageable pageable, KnownOn knownOn) {
		int from = (int) Math.min(ids.length, pageable.getOffset());
		int to = (int) Math.min(ids.length, pageable.getOffset() + pageable.getPageSize());
		if (from == to) {
			return new PageImpl<>(List.of(), pageable, ids.length);
		}
		Long[] slice = java.util.Arrays.stream(ids, from, to).boxed().toArray(Long[]::new);
		Map<Long, FacilityRow> byId = new java.util.HashMap<>();
		jdbc.sql(BY_ID.formatted(HOLDER, FIGURES, LATEST))
			.param("ids", slice)
			.param("knownOn", knownOn.latestKnownFrom())
			.query(FacilityIndex::row)
			.list()
			.forEach(row -> byId.put(row.id(), row));
		List<FacilityRow> rows = new ArrayList<>();
		for (Long id : slice) {
			FacilityRow row = byId.get(id);
			if (row != null) {
				rows.add(row);
			}
		}
		return new PageImpl<>(nested(rows), pageable, ids.length);
	}

	/** Every facility of the list in order, as ids; the page's rows, whole, into {@code shown}. */
	private long[] ordered(FacilityFilter filter, KnownOn knownOn, FacilityOrder order, Pageable pageable, Locale locale,
			List<FacilityRow> shown) {
		FacilityOrder.Column column = order.column();
		String with = switch (column) {
			case HOLDER -> HOLDERS + ",";
			case FIGURES, LATEST -> FIGURES_BY_FACILITY + ",";
			default -> "";
		};
		String joins = switch (column) {
			case HOLDER -> "left join holders vf on vf.facility_id = f.id left join holders vp on vp.facility_id = p.id"
					+ " left join holders vr on vr.facility_id = r.id";
			case FIGURES, LATEST -> "left join figures vf on vf.facility_id = f.id left join figures vp on vp.facility_id = p.id"
					+ " left join figures vr on vr.facility_id = r.id";
			default -> "";
		};
		List<String> keys = orderBy(order);
		StringBuilder columns = new StringBuilder();
		StringBuilder by = new StringBuilder();
		String direction = order.descending() ? " desc nulls last" : " asc nulls last";
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			boolean valued = key.startsWith("=");
			columns.append(i == 0 ? "" : ", ").append(valued ? key.substring(1) : key).append(" as k").append(i);
			by.append("k").append(i).append(valued ? direction : "").append(", ");
		}
		String sql = ORDERED.formatted(with, columns, joins, by.append("id"), HOLDER, FIGURES, LATEST);
		java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
		jdbc.sql(sql)
			.param("country", filter.country())
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("holder", filter.holder())
			.param("search", filter.query())
			.param("knownOn", knownOn.latestKnownFrom())
			.param("labels", column == FacilityOrder.Column.COUNTRY ? countryOrder(locale)
					: column == FacilityOrder.Column.KIND ? kindOrder(locale) : new String[0])
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(rs -> {
				ids.add(rs.getLong("id"));
				if (rs.getBoolean("shown")) {
					shown.add(row(rs, 0));
				}
			});
		return ids.build().toArray();
	}

	private static FacilityRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new FacilityRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				FacilityKind.valueOf(rs.getString("kind")), rs.getString("country_code"), rs.getString("admin1"),
				rs.getString("current_holder"), rs.getLong("report_count"), rs.getObject("latest_as_of", LocalDate.class),
				rs.getString("parent_slug"), rs.getString("parent_name"), 0);
	}

	/**
	 * What the rows are ordered by: the top-level group's value, then the group's within it, then the
	 * facility's own, each followed by the name's sort key and id so that a group's members stay
	 * together, a group before its members. A key marked with a leading {@code =} is the column's
	 * value and takes the order's direction; the rest ascend. Only ever built from these fixed
	 * fragments, never from request text. Each key becomes a column of the page, so the page is
	 * picked by a top-N sort of all rows and the few picked are put back in order by the same keys.
	 */
	private static List<String> orderBy(FacilityOrder order) {
		boolean valued = order.column() != FacilityOrder.Column.NAME;
		List<String> keys = new java.util.ArrayList<>();
		if (valued) {
			keys.add("=case when r.id is not null then %s when p.id is not null then %s else %s end"
				.formatted(value(order, "r"), value(order, "p"), value(order, "f")));
		}
		keys.addAll(List.of("coalesce(r.sort_key, p.sort_key, f.sort_key)", "coalesce(r.id, p.id, f.id)",
				"f.id <> coalesce(r.id, p.id, f.id)"));
		if (valued) {
			keys.add("=case when r.id is not null then %s else %s end".formatted(value(order, "p"), value(order, "f")));
		}
		keys.addAll(List.of("case when r.id is not null then p.sort_key else f.sort_key end",
				"case when r.id is not null then p.id else f.id end",
				"f.id <> case when r.id is not null then p.id else f.id end"));
		if (valued) {
			keys.add("=" + value(order, "f"));
		}
		keys.addAll(List.of("f.sort_key", "f.name"));
		return keys;
	}

	/** The ordered value of the facility under {@code alias} (f, its parent p, its grandparent r). */
	private static String value(FacilityOrder order, String alias) {
		return switch (order.column()) {
			case NAME -> alias + ".sort_key";
			case KIND -> "array_position(cast(:labels as text[]), cast(" + alias + ".kind as text))";
			case COUNTRY -> "array_position(cast(:labels as text[]), cast(" + alias + ".country_code as text))";
			case HOLDER -> "v" + alias + ".v";
			case FIGURES -> "coalesce(v" + alias + ".n, 0)";
			case LATEST -> "v" + alias + ".latest";
		};
	}

	/**
	 * How deep each row is drawn: beneath the nearest row above it at a lesser depth when that row is
	 * its group, else at the top level naming its group ({@link FacilityRow#separatedFromGroup()}) —
	 * which is also how a page that begins among a group's sites starts.
	 */
	private static List<FacilityRow> nested(List<FacilityRow> rows) {
		java.util.Deque<FacilityRow> above = new java.util.ArrayDeque<>();
		List<FacilityRow> drawn = new java.util.ArrayList<>(rows.size());
		for (FacilityRow row : rows) {
			while (!above.isEmpty() && !above.peek().slug().equals(row.parentSlug())) {
				above.pop();
			}
			FacilityRow placed = new FacilityRow(row.id(), row.slug(), row.name(), row.kind(), row.countryCode(), row.admin1(),
					row.currentHolder(), row.reportCount(), row.latestAsOf(), row.parentSlug(), row.parentName(), above.size());
			above.push(placed);
			drawn.add(placed);
		}
		return drawn;
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
