-- Envers audit table of movement reports, like the others in V22: every column, no NOT NULL or CHECKs.
create table movement_report_aud (
    id                 bigint   not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    movement_id        bigint,
    value              integer,
    qualifier          varchar(20),
    value_high         integer,
    lower_bound        integer,
    upper_bound        integer,
    tally              varchar(20),
    source_id          bigint,
    speaker            varchar(300),
    quote              varchar(600),
    passage_start      integer,
    passage_end        integer,
    passage_text       varchar(600),
    pasted_text_sha256 varchar(64),
    recorded_at        timestamptz,
    recorded_by        varchar(100),
    primary key (id, rev)
);

create index movement_report_aud_movement_idx on movement_report_aud (movement_id);
