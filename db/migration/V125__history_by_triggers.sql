-- The history of records is written by the database instead of Hibernate Envers.
--
-- Envers built the audit rows in the application: nine audit entities more for Hibernate to map at
-- every start (about 0.9 s of a 14 s start on two cores), a queue of every change held until the
-- commit, and no history at all for a change made in SQL. These triggers write the same tables in
-- the same shape, so every revision already stored reads as before:
--
--   revision            one row per transaction that changes an audited record: when, and by whom
--                       (the application puts the signed-in account in the transaction's setting
--                       tracker.account; without one the change is the system's);
--   <table>_aud         one row per record per revision, revtype 0 created, 1 changed, 2 deleted,
--                       with the record's audited columns as they stood after the change (before
--                       it, for a deletion);
--   facility_alias_aud  one row per alias added (0) or removed (2).
--
-- As Envers did, several changes of one record in one transaction make one row (created then
-- changed is "created" with the final values; created then deleted leaves nothing), and a change
-- that touches no audited column (a version, updated_at, a sort key) makes none. The audited
-- columns are those a table shares with its audit table. A migration that adds a column to both
-- calls history_install again for the table, which rewrites its trigger with the new column.
--
-- Bulk loads that should leave no history (the benchmarks' synthetic data, a test's cleanup) set
-- tracker.history to 'off' for their session or transaction.

create function history_revision() returns bigint language plpgsql as $$
declare
    revision_id bigint := nullif(current_setting('tracker.revision', true), '')::bigint;
begin
    if revision_id is null then
        insert into revision (timestamp, username)
        values ((extract(epoch from clock_timestamp()) * 1000)::bigint,
                coalesce(nullif(current_setting('tracker.account', true), ''), 'system'))
        returning id into revision_id;
        -- local to the transaction: the next transaction starts a revision of its own
        perform set_config('tracker.revision', revision_id::text, true);
    end if;
    return revision_id;
end $$;

create function history_install(audited regclass) returns void language plpgsql as $install$
declare
    audit regclass := (audited::text || '_aud')::regclass;
    function_name text := 'history_of_' || audited::text;
    columns text[];
    updatable text[];
begin
    select array_agg(quote_ident(a.attname::text) order by a.attnum) into columns
    from pg_attribute a
    where a.attrelid = audit and a.attnum > 0 and not a.attisdropped and a.attname not in ('rev', 'revtype')
      and exists (select 1 from pg_attribute b
                  where b.attrelid = audited and b.attname = a.attname and b.attnum > 0 and not b.attisdropped);
    select array_agg(c) into updatable from unnest(columns) c where c <> 'id';

    execute format($function$
        create or replace function %1$I() returns trigger language plpgsql as $body$
        declare
            r bigint;
        begin
            if current_setting('tracker.history', true) = 'off' then
                return null;
            end if;
            if tg_op = 'UPDATE' and row(%2$s) is not distinct from row(%3$s) then
                return null;
            end if;
            r := history_revision();
            if tg_op = 'DELETE' then
                delete from %4$s a where a.id = old.id and a.rev = r and a.revtype = 0;
                if not found then
                    insert into %4$s as a (rev, revtype, %5$s) values (r, 2, %2$s)
                    on conflict (id, rev) do update set revtype = 2, %6$s;
                end if;
            else
                insert into %4$s as a (rev, revtype, %5$s)
                values (r, case tg_op when 'INSERT' then 0 else 1 end, %3$s)
                on conflict (id, rev) do update
                set revtype = case a.revtype when 2 then 1 else a.revtype end, %6$s;
            end if;
            return null;
        end $body$
        $function$,
        function_name,
        (select string_agg('old.' || c, ', ') from unnest(columns) c),
        (select string_agg('new.' || c, ', ') from unnest(columns) c),
        audit,
        array_to_string(columns, ', '),
        (select string_agg(c || ' = excluded.' || c, ', ') from unnest(updatable) c));

    execute format('drop trigger if exists history on %s', audited);
    execute format('create trigger history after insert or update or delete on %s '
                   'for each row execute function %I()', audited, function_name);
end $install$;

select history_install(t)
from unnest(array['facility', 'custody_holder', 'cohort', 'source', 'custody_period', 'reported_count',
                  'movement', 'movement_report']::regclass[]) t;

-- Aliases have no id: a row is the alias itself. Removing and adding the same alias in one
-- transaction (Hibernate rewrites a changed collection that way) leaves no row, as with Envers:
-- an alias's change first cancels the opposite change in the same revision, and only then is kept.
create function history_alias_change(r bigint, facility bigint, alias text, change smallint) returns void
language plpgsql as $$
begin
    delete from facility_alias_aud a
    where a.rev = r and a.facility_id = facility and a.name = alias and a.revtype = 2 - change;
    if not found then
        insert into facility_alias_aud (rev, revtype, facility_id, name) values (r, change, facility, alias)
        on conflict do nothing;
    end if;
end $$;

create function history_of_facility_alias() returns trigger language plpgsql as $$
declare
    r bigint;
begin
    if current_setting('tracker.history', true) = 'off' then
        return null;
    end if;
    r := history_revision();
    if tg_op in ('DELETE', 'UPDATE') then
        perform history_alias_change(r, old.facility_id, old.name, 2::smallint);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform history_alias_change(r, new.facility_id, new.name, 0::smallint);
    end if;
    return null;
end $$;

create trigger history after insert or update or delete on facility_alias
    for each row execute function history_of_facility_alias();
