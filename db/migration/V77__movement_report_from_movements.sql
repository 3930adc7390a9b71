-- Every movement stored so far was one source's report of it: that report becomes its first
-- movement_report, with the same id as the movement (so links and audit rows line up), in one
-- revision by 'migration' so its history starts here rather than out of nowhere.
insert into movement_report (id, movement_id, value, qualifier, value_high, lower_bound, upper_bound, tally,
                             source_id, speaker, quote, passage_start, passage_end, passage_text,
                             pasted_text_sha256, recorded_by)
select id, id, value, qualifier, value_high, lower_bound, upper_bound, tally, source_id, speaker, quote,
       passage_start, passage_end, passage_text, pasted_text_sha256, 'migration'
from movement;

select setval(pg_get_serial_sequence('movement_report', 'id'),
              greatest((select coalesce(max(id), 0) from movement_report), 1),
              (select count(*) > 0 from movement_report));

insert into revision (timestamp, username) values ((extract(epoch from now()) * 1000)::bigint, 'migration');

insert into movement_report_aud (id, rev, revtype, movement_id, value, qualifier, value_high, lower_bound, upper_bound,
                                 tally, source_id, speaker, quote, passage_start, passage_end, passage_text,
                                 pasted_text_sha256, recorded_at, recorded_by)
select id, (select max(id) from revision), 0, movement_id, value, qualifier, value_high, lower_bound, upper_bound,
       tally, source_id, speaker, quote, passage_start, passage_end, passage_text, pasted_text_sha256, recorded_at,
       recorded_by
from movement_report;
