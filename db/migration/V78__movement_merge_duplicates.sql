-- The same event reported by two sources was stored as two movements (the seeded transfer of nearly
-- 6,000 to the Baghdad airport facility, once from each outlet). Movements with the same kind, from,
-- to, cohort, dates and status become one: the one first stored keeps every report, the others are
-- deleted (their audit rows stay, and a deletion revision says so).
create temporary table movement_duplicate on commit drop as
select m.id as duplicate_id, keep.id as keep_id
from movement m
join lateral (
    select min(k.id) as id
    from movement k
    where k.kind = m.kind
      and k.from_facility_id = m.from_facility_id
      and k.to_facility_id is not distinct from m.to_facility_id
      and k.cohort_id = m.cohort_id
      and k.started_on is not distinct from m.started_on
      and k.started_precision is not distinct from m.started_precision
      and k.ended_on is not distinct from m.ended_on
      and k.ended_precision is not distinct from m.ended_precision
      and k.status = m.status
) keep on keep.id < m.id;

insert into revision (timestamp, username)
select (extract(epoch from now()) * 1000)::bigint, 'migration'
where exists (select 1 from movement_duplicate);

update movement_report r set movement_id = d.keep_id
from movement_duplicate d
where r.movement_id = d.duplicate_id;

insert into movement_report_aud (id, rev, revtype, movement_id, value, qualifier, value_high, lower_bound, upper_bound,
                                 tally, source_id, speaker, quote, passage_start, passage_end, passage_text,
                                 pasted_text_sha256, recorded_at, recorded_by)
select r.id, (select max(id) from revision), 1, r.movement_id, r.value, r.qualifier, r.value_high, r.lower_bound,
       r.upper_bound, r.tally, r.source_id, r.speaker, r.quote, r.passage_start, r.passage_end, r.passage_text,
       r.pasted_text_sha256, r.recorded_at, r.recorded_by
from movement_report r
-- V77 gave each first report its movement's id, so a moved report has its old movement's id
join movement_duplicate d on d.keep_id = r.movement_id and r.id = d.duplicate_id;

insert into movement_aud (id, rev, revtype)
select duplicate_id, (select max(id) from revision), 2 from movement_duplicate;

delete from movement where id in (select duplicate_id from movement_duplicate);
