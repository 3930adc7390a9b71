-- The "as known on" rule, written once for every query that filters by it (pages, API, exports).
-- Its one other spelling is kernel.KnownOnRule, for what is filtered in memory; a test checks that
-- both answer the same for every seeded figure.
--
-- A source, and what follows it (custody periods, movements), is known on D from its known_from day
-- (V31, stored on source by V40) on. A figure is known on D when its source is and it had not been
-- retracted by the end of D, UTC; one retracted later still counts on D.
--
-- Both take columns, not ids: plain SQL, immutable and without a FROM, so that PostgreSQL inlines
-- them into the calling query, where "known_from <= D" can use source_known_from_idx. A function
-- that looked the source up by id would run once per row and hide the condition from the planner.

create function source_known_on(known_from date, known_on date) returns boolean
    language sql immutable parallel safe
as $$
    select known_from <= known_on
$$;

create function count_known_on(source_known_from date, retracted_at timestamptz, known_on date) returns boolean
    language sql immutable parallel safe
as $$
    select source_known_on(source_known_from, known_on)
       and (retracted_at is null or retracted_at >= (known_on + 1)::timestamp at time zone 'UTC')
$$;
