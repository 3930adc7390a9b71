-- A report added to a movement from its page is a new record too: one per form, like the others (V65).
alter table form_submission drop constraint form_submission_record_type_check;
alter table form_submission add constraint form_submission_record_type_check
    check (record_type in ('reported_count', 'source', 'movement', 'movement_report', 'facility', 'cohort',
                           'custody_holder', 'custody_period'));
