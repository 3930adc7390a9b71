-- The day from which a source counts as known, the rule behind every "known on" view and export:
-- its publication day; for a source dated only to a month or a year, the last day of that period
-- ("December 2024" is known from 31 December 2024). It may have appeared earlier, but nothing
-- before the period's end proves it had, so a snapshot never shows a figure before its time.
-- Plain SQL and immutable so that the planner inlines it into the queries that use it.
create function known_from(published_on date, published_precision varchar) returns date
    language sql immutable parallel safe
as $$
    select case published_precision
        when 'DAY' then published_on
        when 'MONTH' then (date_trunc('month', published_on::timestamp) + interval '1 month - 1 day')::date
        when 'YEAR' then (date_trunc('year', published_on::timestamp) + interval '1 year - 1 day')::date
    end
$$;
