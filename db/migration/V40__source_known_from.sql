-- The first day on which a source can be said to have been known. A source dated only to a month
-- or a year could have appeared on its last day, so it counts as known from the end of its period
-- ("December 2024" is known from 31 December 2024). The "as known on" view filters on this.
alter table source add column known_from date generated always as (
    case published_precision
        when 'DAY' then published_on
        when 'MONTH' then (date_trunc('month', published_on::timestamp) + interval '1 month - 1 day')::date
        else (date_trunc('year', published_on::timestamp) + interval '1 year - 1 day')::date
    end) stored;

create index source_known_from_idx on source (known_from);
