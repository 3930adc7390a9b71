-- The seeded records get a first revision ("created by seed"), so the first edit of a seeded
-- record shows its old value rather than appearing out of nowhere.
insert into revision (timestamp, username) values ((extract(epoch from now()) * 1000)::bigint, 'seed');

insert into facility_aud (id, rev, revtype, slug, name, kind, country_code, admin1, latitude, longitude,
                          coordinate_precision, parent_id, description, status)
select id, (select max(id) from revision), 0, slug, name, kind, country_code, admin1, latitude, longitude,
       coordinate_precision, parent_id, description, status
from facility;

insert into facility_alias_aud (rev, revtype, facility_id, name)
select (select max(id) from revision), 0, facility_id, name from facility_alias;

insert into custody_holder_aud (id, rev, revtype, slug, name, short_name, kind, country_code)
select id, (select max(id) from revision), 0, slug, name, short_name, kind, country_code from custody_holder;

insert into cohort_aud (id, rev, revtype, slug, name, description, parent_id)
select id, (select max(id) from revision), 0, slug, name, description, parent_id from cohort;

insert into source_aud (id, rev, revtype, outlet, title, url, kind, published_on, published_precision, cites_id, note)
select id, (select max(id) from revision), 0, outlet, title, url, kind, published_on, published_precision, cites_id, note
from source;

insert into custody_period_aud (id, rev, revtype, facility_id, holder_id, started_on, started_precision, ended_on,
                                ended_precision, source_id, note)
select id, (select max(id) from revision), 0, facility_id, holder_id, started_on, started_precision, ended_on,
       ended_precision, source_id, note
from custody_period;

insert into reported_count_aud (id, rev, revtype, facility_id, cohort_id, custody_holder_id, value, qualifier, value_high,
                                lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, quote, status,
                                retraction_reason, retracted_at, recorded_at, recorded_by)
select id, (select max(id) from revision), 0, facility_id, cohort_id, custody_holder_id, value, qualifier, value_high,
       lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, quote, status, retraction_reason,
       retracted_at, recorded_at, recorded_by
from reported_count;

insert into movement_aud (id, rev, revtype, kind, from_facility_id, to_facility_id, cohort_id, value, qualifier,
                          value_high, lower_bound, upper_bound, started_on, started_precision, ended_on, ended_precision,
                          operator_id, status, tally, source_id, speaker, quote)
select id, (select max(id) from revision), 0, kind, from_facility_id, to_facility_id, cohort_id, value, qualifier,
       value_high, lower_bound, upper_bound, started_on, started_precision, ended_on, ended_precision, operator_id,
       status, tally, source_id, speaker, quote
from movement;
