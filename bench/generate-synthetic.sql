-- Fills a migrated Detainee Tracker database with a large, clearly synthetic dataset for benchmarks.
-- Never part of the seed migrations. Run through bench/generate, or by hand on a migrated database:
--
--   psql -v facilities=10000 -v counts=1000000 -v sources=2000 -v movements=20000 \
--        -d tracker_synthetic -f bench/generate-synthetic.sql
--
-- Every synthetic row says so: names start with "Synthetic", slugs with "synthetic-", and rows with
-- an author are recorded by 'synthetic'. The data is deterministic (arithmetic on the row number,
-- no random()), so two runs with the same sizes give identical databases.
--
-- It deliberately contains what makes CSV export hard: commas, double quotes, line breaks and
-- Arabic script in names and quotes; cells that begin with = + - @ (formula injection); negative
-- coordinates (facilities in the western and southern hemispheres); retracted figures; sources
-- dated to a day, a month or a year; sources that cite other sources.

\set ON_ERROR_STOP on
\timing off

begin;

-- Synthetic rows arrive as if they had always been there, as before the database wrote the history
-- (V125): no revision for a million rows, and the same database as earlier runs measured.
set local tracker.history = 'off';

-- A refusal rather than a mess: the generator fills a database once.
do $$
begin
    if exists (select 1 from facility where slug like 'synthetic-%') then
        raise exception 'this database already holds synthetic data; generate into a new database';
    end if;
end
$$;

-- Custody holders beyond the four seeded ones, so figures spread over more than a handful.
insert into custody_holder (slug, name, short_name, kind, country_code)
select format('synthetic-holder-%s', lpad(g::text, 2, '0')),
       format('Synthetic holder %s', lpad(g::text, 2, '0')),
       format('SH%s', g),
       (array['GOVERNMENT', 'NON_STATE_ARMED_FORCE', 'FOREIGN_MILITARY', 'INTERNATIONAL_ORGANISATION', 'OTHER'])[1 + g % 5],
       (array['SY', 'IQ', 'TR', 'US', 'CU', 'BR'])[1 + g % 6]
from generate_series(1, 12) g;

-- Facilities: every hundredth is a group of sites; the others belong to one of the groups.
-- A few countries in the western and southern hemispheres give negative coordinates.
create temporary table synthetic_country (n int primary key, code varchar(2), lat_min numeric, lat_span numeric,
                                          lon_min numeric, lon_span numeric) on commit drop;
insert into synthetic_country values
    (0, 'SY', 32.5, 4.5, 35.7, 6.5),
    (1, 'IQ', 29.1, 8.2, 38.8, 9.7),
    (2, 'TR', 36.0, 6.0, 26.0, 18.0),
    (3, 'CU', 19.8, 3.4, -84.9, 10.7),
    (4, 'BR', -33.7, 28.9, -73.9, 39.1),
    (5, 'NG', 4.3, 9.5, 2.7, 11.9);

insert into facility (slug, name, kind, country_code, admin1, latitude, longitude, coordinate_precision, description, status)
select format('synthetic-facility-%s', lpad(g::text, 5, '0')),
       case when g % 100 = 1 then format('Synthetic facility %s (group of sites)', lpad(g::text, 5, '0'))
            when g % 97 = 0 then format('Synthetic facility %s, "north", مخيم', lpad(g::text, 5, '0'))
            else format('Synthetic facility %s', lpad(g::text, 5, '0')) end,
       case when g % 100 = 1 then 'GROUP'
            else (array['PRISON', 'CAMP', 'DETENTION_CENTRE', 'HOLDING_SITE'])[1 + g % 4] end,
       c.code,
       case when g % 13 = 0 then null else format('Synthetic governorate %s', lpad((g % 40)::text, 2, '0')) end,
       case when g % 10 = 0 then null else round(c.lat_min + c.lat_span * ((g::bigint * 7919) % 10000) / 10000.0, 5) end,
       case when g % 10 = 0 then null else round(c.lon_min + c.lon_span * ((g::bigint * 104729) % 10000) / 10000.0, 5) end,
       case when g % 10 = 0 then null else (array['EXACT', 'SITE', 'SETTLEMENT', 'ADMIN1'])[1 + g % 4] end,
       case when g % 3 = 0 then format('Synthetic description %s; not a real place.', g) end,
       (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'CLOSED', 'UNKNOWN'])[1 + g % 5]
from generate_series(1, :facilities) g
join synthetic_country c on c.n = g % 6;

create temporary table synthetic_facility on commit drop as
select id, row_number() over (order by id) - 1 as n
from facility where slug like 'synthetic-facility-%';
create unique index on synthetic_facility (n);

create temporary table synthetic_group on commit drop as
select id, row_number() over (order by id) - 1 as n
from facility where slug like 'synthetic-facility-%' and kind = 'GROUP';
create unique index on synthetic_group (n);

update facility f set parent_id = g.id
from synthetic_facility sf, synthetic_group g, (select count(*) as groups from synthetic_group) gc
where f.id = sf.id and f.kind <> 'GROUP' and gc.groups > 0 and g.n = sf.n % gc.groups;

insert into facility_alias (facility_id, name)
select id, format('Synthetic alias %s', lpad(n::text, 5, '0')) from synthetic_facility where n % 2 = 0;

-- Sources, published between 2015 and October 2026, to a day (70 %), a month (20 %) or a year (10 %).
insert into source (outlet, title, url, kind, published_on, published_precision, note)
select format('Synthetic outlet %s', lpad((g % 150)::text, 3, '0')),
       case when g % 11 = 0 then format('Synthetic report %s, with "quotes", commas and تقرير', lpad(g::text, 5, '0'))
            when g % 17 = 0 then format('=Synthetic report %s (begins like a formula)', lpad(g::text, 5, '0'))
            else format('Synthetic report %s', lpad(g::text, 5, '0')) end,
       case when g % 2 = 0 then format('https://example.org/synthetic/%s', g) end,
       (array['NEWS', 'OFFICIAL_STATEMENT', 'REPORT', 'OTHER'])[1 + g % 4],
       case when g % 10 < 7 then d
            when g % 10 < 9 then date_trunc('month', d::timestamp)::date
            else date_trunc('year', d::timestamp)::date end,
       case when g % 10 < 7 then 'DAY' when g % 10 < 9 then 'MONTH' else 'YEAR' end,
       'Synthetic source for benchmarks.'
from generate_series(1, :sources) g,
     lateral (select date '2015-01-01' + ((g::bigint * 1693) % 4317)::int as d) as published;

create temporary table synthetic_source on commit drop as
select id, published_on, row_number() over (order by id) - 1 as n
from source where outlet like 'Synthetic outlet %';
create unique index on synthetic_source (n);

-- Every fifth source repeats an earlier one.
update source s set cites_id = cited.id
from synthetic_source ss, synthetic_source cited
where s.id = ss.id and ss.n % 5 = 4 and cited.n = ss.n / 2;

create temporary table synthetic_holder on commit drop as
select id, row_number() over (order by id) - 1 as n from custody_holder;
create unique index on synthetic_holder (n);

create temporary table synthetic_cohort on commit drop as
select id, row_number() over (order by id) - 1 as n from cohort;
create unique index on synthetic_cohort (n);

-- One custody period per facility, some of them ended.
insert into custody_period (facility_id, holder_id, started_on, started_precision, ended_on, ended_precision, source_id, note)
select sf.id, h.id,
       date '2014-01-01' + ((sf.n * 31) % 3000)::int, 'DAY',
       case when sf.n % 4 = 0 then date '2022-06-01' + ((sf.n * 17) % 1200)::int end,
       case when sf.n % 4 = 0 then 'DAY' end,
       s.id,
       case when sf.n % 7 = 0 then 'Synthetic custody note, with a comma' end
from synthetic_facility sf
join synthetic_holder h on h.n = sf.n % (select count(*) from synthetic_holder)
join synthetic_source s on s.n = sf.n % (select count(*) from synthetic_source);

-- Reported counts: bounds follow Qualifier.bounds exactly (the schema checks lower <= upper).
insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, value_high, lower_bound, upper_bound,
                            as_of, as_of_precision, source_id, speaker, quote, status, retraction_reason, retracted_at,
                            recorded_at, recorded_by)
select f.id, c.id,
       case when r.g % 9 = 0 then null else h.id end,
       r.v, r.q,
       case when r.q = 'RANGE' then r.v + 1 + r.g % 500 end,
       case r.q when 'OVER' then r.v + 1
                when 'NEARLY' then least((r.v * 9 + 9) / 10, r.v - 1)
                when 'UP_TO' then 0
                when 'FEWER_THAN' then 0
                else r.v end,
       case r.q when 'OVER' then null
                when 'AT_LEAST' then null
                when 'NEARLY' then r.v - 1
                when 'FEWER_THAN' then r.v - 1
                when 'RANGE' then r.v + 1 + r.g % 500
                else r.v end,
       case when r.g % 5 = 0 then date_trunc('month', (s.published_on - r.g % 60)::timestamp)::date
            else s.published_on - r.g % 60 end,
       case when r.g % 5 = 0 then 'MONTH' else 'DAY' end,
       s.id,
       case when r.g % 23 = 0 then format('Synthetic speaker %s, "unnamed"', lpad((r.g % 5000)::text, 4, '0'))
            when r.g % 29 = 0 then format('@synthetic_speaker_%s', r.g % 5000)
            else format('Synthetic speaker %s', lpad((r.g % 5000)::text, 4, '0')) end,
       case when r.g % 4 = 0 then null
            when r.g % 31 = 0 then format('-Synthetic quote %s begins with a minus sign', r.g)
            when r.g % 37 = 0 then format('=HYPERLINK("https://example.org/%s") synthetic formula-like quote', r.g)
            when r.g % 41 = 0 then format(E'Synthetic quote %s\nspans two lines, "quoted", قال المتحدث', r.g)
            else format('Synthetic quote %s: about %s people were held there, the synthetic speaker said.', r.g, r.v) end,
       case when r.g % 100 = 0 then 'RETRACTED' else 'ACTIVE' end,
       case when r.g % 100 = 0 then 'Synthetic retraction: the synthetic source corrected itself.' end,
       case when r.g % 100 = 0 then (s.published_on + 30)::timestamp at time zone 'UTC' end,
       timestamptz '2026-11-01 00:00:00+00' + make_interval(secs => r.g),
       'synthetic'
from (
    select g, (10 + (g::bigint * 7919) % 19990)::int as v,
           (array['EXACT', 'APPROXIMATE', 'OVER', 'AT_LEAST', 'NEARLY', 'UP_TO', 'FEWER_THAN', 'RANGE'])[1 + g % 8] as q
    from generate_series(1, :counts) g
) r
join synthetic_facility f on f.n = (r.g::bigint * 7) % (select count(*) from synthetic_facility)
join synthetic_cohort c on c.n = r.g % (select count(*) from synthetic_cohort)
join synthetic_holder h on h.n = r.g % (select count(*) from synthetic_holder)
join synthetic_source s on s.n = (r.g::bigint * 13) % (select count(*) from synthetic_source);

-- Movements between synthetic facilities, some out of custody (no destination).
insert into movement (kind, from_facility_id, to_facility_id, cohort_id, value, qualifier, value_high, lower_bound, upper_bound,
                      started_on, started_precision, ended_on, ended_precision, operator_id, status, tally,
                      source_id, speaker, quote)
select (array['TRANSFER', 'RELEASE', 'ESCAPE', 'REPATRIATION'])[1 + m.g % 4],
       ff.id,
       case when m.g % 4 = 0 then tf.id end,
       c.id, m.v, 'EXACT', null, m.v, m.v,
       s.published_on - 10, 'DAY',
       case when m.g % 3 = 0 then s.published_on end,
       case when m.g % 3 = 0 then 'DAY' end,
       case when m.g % 2 = 0 then h.id end,
       (array['PLANNED', 'UNDER_WAY', 'COMPLETED'])[1 + m.g % 3],
       (array['BATCH', 'CUMULATIVE'])[1 + m.g % 2],
       s.id,
       format('Synthetic speaker %s', lpad((m.g % 5000)::text, 4, '0')),
       case when m.g % 2 = 0 then format('Synthetic movement quote %s, "moved"', m.g) end
from (select g, (5 + (g::bigint * 37) % 5000)::int as v from generate_series(1, :movements) g) m
join synthetic_facility ff on ff.n = (m.g::bigint * 3) % (select count(*) from synthetic_facility)
join synthetic_facility tf on tf.n = (m.g::bigint * 3 + 1) % (select count(*) from synthetic_facility)
join synthetic_cohort c on c.n = m.g % (select count(*) from synthetic_cohort)
join synthetic_holder h on h.n = m.g % (select count(*) from synthetic_holder)
join synthetic_source s on s.n = (m.g::bigint * 11) % (select count(*) from synthetic_source);

-- Each movement's first report (V75): the figure, tally, source and speaker it was recorded with;
-- every tenth movement also gets a second source's report of the same number.
insert into movement_report (movement_id, value, qualifier, value_high, lower_bound, upper_bound, tally, source_id,
                             speaker, quote, recorded_by)
select m.id, m.value, m.qualifier, m.value_high, m.lower_bound, m.upper_bound, m.tally, m.source_id, m.speaker,
       m.quote, 'synthetic'
from movement m
where m.speaker like 'Synthetic speaker %'
  and not exists (select 1 from movement_report r where r.movement_id = m.id);

insert into movement_report (movement_id, value, qualifier, value_high, lower_bound, upper_bound, tally, source_id,
                             speaker, recorded_by)
select m.id, m.value, 'APPROXIMATE', null, m.value, m.value, m.tally, s.id, 'Synthetic second speaker', 'synthetic'
from movement m
join synthetic_source s on s.n = (m.id * 17) % (select count(*) from synthetic_source)
where m.speaker like 'Synthetic speaker %' and m.id % 10 = 0;

commit;

analyze;

select (select count(*) from facility) as facilities,
       (select count(*) from source) as sources,
       (select count(*) from custody_period) as custody_periods,
       (select count(*) from reported_count) as reported_counts,
       (select count(*) from movement) as movements,
       (select count(*) from movement_report) as movement_reports;
