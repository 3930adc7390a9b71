-- One record per new-record form: the token a form was opened with, and the record its first
-- submission inserted. A second submission with the same token (a double click, a retried request)
-- finds the record here instead of inserting another; while the first is still being saved, the
-- primary key makes the second wait for it. record_id is set in the transaction that inserts the
-- record, so a committed row always has it.
create table form_submission (
    token       uuid primary key,
    record_type text not null check (record_type in ('reported_count', 'source', 'movement', 'facility',
                                                     'cohort', 'custody_holder', 'custody_period')),
    record_id   bigint,
    created_at  timestamptz not null default now()
);
