-- The figure form's duplicate rule (same source, facility, cohort, as-of date and value) is asked for
-- every figure saved, and for every row of an import. The (facility, cohort, as_of) index leaves all
-- of a facility's figures of one date to be filtered: a file of 100,000 figures for a few camps on
-- one date made each check read thousands of rows. With the value as well, each check reads the
-- figures that are in fact alike.
create index reported_count_alike_idx on reported_count (facility_id, cohort_id, as_of, value);
