-- The populations export (estimated populations on a date, from the population model) is logged
-- like the others.
alter table export_log drop constraint export_log_export_known;
alter table export_log add constraint export_log_export_known
    check (export in ('REPORTED_COUNTS', 'FACILITIES', 'MOVEMENTS', 'CUSTODY_PERIODS', 'POPULATIONS'));
