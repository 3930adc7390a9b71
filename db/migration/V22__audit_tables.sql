-- Envers audit tables: one row per revision of each editable record. revtype 0 = created,
-- 1 = changed, 2 = deleted. Columns mirror the audited tables, without NOT NULL or CHECKs, because
-- a deletion's row keeps only the id.
create table facility_aud (
    id                   bigint   not null,
    rev                  bigint   not null references revision (id),
    revtype              smallint,
    slug                 varchar(120),
    name                 varchar(200),
    kind                 varchar(20),
    country_code         varchar(2),
    admin1               varchar(120),
    latitude             numeric(8, 5),
    longitude            numeric(8, 5),
    coordinate_precision varchar(20),
    parent_id            bigint,
    description          varchar(2000),
    status               varchar(20),
    primary key (id, rev)
);

create table facility_alias_aud (
    rev         bigint       not null references revision (id),
    revtype     smallint,
    facility_id bigint       not null,
    name        varchar(200) not null,
    primary key (rev, facility_id, name)
);

create table custody_holder_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    slug         varchar(120),
    name         varchar(200),
    short_name   varchar(40),
    kind         varchar(30),
    country_code varchar(2),
    primary key (id, rev)
);

create table cohort_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    slug        varchar(120),
    name        varchar(200),
    description varchar(1000),
    parent_id   bigint,
    primary key (id, rev)
);

create table source_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint,
    outlet              varchar(200),
    title               varchar(400),
    url                 varchar(2000),
    kind                varchar(30),
    published_on        date,
    published_precision varchar(5),
    cites_id            bigint,
    note                varchar(1000),
    primary key (id, rev)
);

create table custody_period_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    facility_id       bigint,
    holder_id         bigint,
    started_on        date,
    started_precision varchar(5),
    ended_on          date,
    ended_precision   varchar(5),
    source_id         bigint,
    note              varchar(1000),
    primary key (id, rev)
);

create table reported_count_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    facility_id       bigint,
    cohort_id         bigint,
    custody_holder_id bigint,
    value             integer,
    qualifier         varchar(20),
    value_high        integer,
    lower_bound       integer,
    upper_bound       integer,
    as_of             date,
    as_of_precision   varchar(5),
    source_id         bigint,
    speaker           varchar(300),
    quote             varchar(600),
    status            varchar(20),
    retraction_reason varchar(1000),
    retracted_at      timestamptz,
    recorded_at       timestamptz,
    recorded_by       varchar(100),
    primary key (id, rev)
);

create index reported_count_aud_facility_idx on reported_count_aud (facility_id);

create table movement_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    kind              varchar(20),
    from_facility_id  bigint,
    to_facility_id    bigint,
    cohort_id         bigint,
    value             integer,
    qualifier         varchar(20),
    value_high        integer,
    lower_bound       integer,
    upper_bound       integer,
    started_on        date,
    started_precision varchar(5),
    ended_on          date,
    ended_precision   varchar(5),
    operator_id       bigint,
    status            varchar(20),
    tally             varchar(20),
    source_id         bigint,
    speaker           varchar(300),
    quote             varchar(600),
    primary key (id, rev)
);
