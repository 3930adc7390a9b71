-- The source at the end of a "cites" chain: a report citing Politico has Politico as its root, so
-- figures from both count as one independent source. Kept by triggers, so every page can read it
-- without walking the chain; a chain that would loop back on itself is refused.
alter table source add column root_id bigint references source (id);

create function source_set_root() returns trigger language plpgsql as $$
declare
    current_id bigint := new.cites_id;
    next_id    bigint;
    root       bigint := new.id;
    steps      integer := 0;
begin
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

create trigger source_root_before
    before insert or update of cites_id on source
    for each row execute function source_set_root();

-- When a source starts citing another (or stops), the sources that cite it get a new root too.
create function source_update_citing_roots() returns trigger language plpgsql as $$
begin
    if new.root_id is distinct from old.root_id then
        update source set cites_id = cites_id where cites_id = new.id;
    end if;
    return null;
end
$$;

create trigger source_root_after
    after update of root_id on source
    for each row execute function source_update_citing_roots();

-- Existing rows: touching cites_id fires the trigger, parents before children does not matter
-- because each row walks its own chain.
update source set cites_id = cites_id;

alter table source alter column root_id set not null;
create index source_root_idx on source (root_id);
