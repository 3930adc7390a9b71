-- The seeded records' first revision was stamped with the time the migrations ran, while the seeded
-- figures say they were recorded on 2026-11-21: a figure page read "Recorded 21 November 2026" above a
-- history whose first entry was the day the database was made. The seed revision takes the seeded
-- figures' own time, so both say the same.
update revision
set timestamp = (select (extract(epoch from min(recorded_at)) * 1000)::bigint
                 from reported_count where recorded_by = 'seed')
where username = 'seed'
  and exists (select 1 from reported_count where recorded_by = 'seed');
