-- Indexes the analyst pages need at a million figures: a facility's figures per cohort in as-of
-- order (estimates, timelines) and the figures that name a custody holder, newest first.
create index reported_count_facility_cohort_as_of_idx on reported_count (facility_id, cohort_id, as_of);
create index reported_count_holder_as_of_idx on reported_count (custody_holder_id, as_of desc);
drop index reported_count_holder_idx;
