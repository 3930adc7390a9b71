-- The first day on which a source can be said to have been known, stored so the "as known on" view
-- can filter and index on it. The rule itself is known_from() (V31), shared with the exports.
alter table source add column known_from date
    generated always as (known_from(published_on, published_precision)) stored;

create index source_known_from_idx on source (known_from);
