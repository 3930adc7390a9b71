-- Two sources made to cite each other at the same moment each passed the loop check, because each
-- trigger saw only the committed rows. A source that starts citing another now takes one
-- transaction-level lock first, so the second such change waits for the first to commit and then
-- sees it. The application takes the same lock (key 'source.cites') before its own check.
create or replace function source_set_root() returns trigger language plpgsql as $$
declare
    current_id bigint := new.cites_id;
    next_id    bigint;
    root       bigint := new.id;
    steps      integer := 0;
begin
    if tg_op = 'UPDATE' and new.cites_id is not null then
        perform pg_advisory_xact_lock(hashtext('source.cites'));
    end if;
    while current_id is not null loop
        if current_id = new.id then
            raise exception 'source % would cite itself through the sources it cites', new.id
                using errcode = 'check_violation', constraint = 'source_cites_no_cycle';
        end if;
        root := current_id;
        select cites_id into next_id from source where id = current_id;
        current_id := next_id;
        steps := steps + 1;
        if steps > 1000 then
            raise exception 'the cites chain of source % is too long', new.id using errcode = 'check_violation';
        end if;
    end loop;
    new.root_id := root;
    return new;
end
$$;
