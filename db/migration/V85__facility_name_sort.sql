-- The order people expect on the facilities index: a name sorts by its folded form (V42's tracker_fold:
-- case and accents ignored, punctuation read as a space) without a leading Arabic article "al"/"el"
-- (or "ال" written joined), so "al-Hol camp" sorts under H, not after "SDF-run…" as the byte order
-- of the embedded cluster's C collation put it. The key holds only lower-case letters, digits and
-- spaces, so ordering it by bytes (collate "C") gives the same order on every PostgreSQL, whatever
-- locale the cluster was made with. Arabic names sort after Latin ones.
alter table facility add column name_sort text collate "C"
    generated always as (
        regexp_replace(btrim(tracker_fold(name)), '^((al|el) +|ال)', '')
    ) stored;

create index facility_name_sort_idx on facility (name_sort, id);
