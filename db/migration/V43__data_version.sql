-- A number that changes whenever the data behind the analyst pages changes, so summaries computed
-- from a million figures can be kept in memory and recomputed only when something was written.
-- Values come from a sequence: a rolled-back write never hands its number to a later one.
create sequence data_version_seq;

create table data_version (
    id      boolean primary key default true,
    version bigint  not null,
    constraint data_version_single_row check (id)
);

insert into data_version (version) values (nextval('data_version_seq'));

create function data_version_bump() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq');
    return null;
end
$$;

create trigger reported_count_data_version after insert or update or delete or truncate on reported_count
    for each statement execute function data_version_bump();
create trigger source_data_version after insert or update or delete or truncate on source
    for each statement execute function data_version_bump();
create trigger facility_data_version after insert or update or delete or truncate on facility
    for each statement execute function data_version_bump();
create trigger facility_alias_data_version after insert or update or delete or truncate on facility_alias
    for each statement execute function data_version_bump();
create trigger custody_period_data_version after insert or update or delete or truncate on custody_period
    for each statement execute function data_version_bump();
create trigger custody_holder_data_version after insert or update or delete or truncate on custody_holder
    for each statement execute function data_version_bump();
create trigger cohort_data_version after insert or update or delete or truncate on cohort
    for each statement execute function data_version_bump();
create trigger movement_data_version after insert or update or delete or truncate on movement
    for each statement execute function data_version_bump();
