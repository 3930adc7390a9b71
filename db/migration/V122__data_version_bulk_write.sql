-- The data version moves on every writing statement (V43, V96) by updating its one row. Within one
-- transaction every update leaves a version of that row behind that nobody may clean up before the
-- transaction ends, and each next update walks past all of them: an import of 100,000 figures
-- (100,000 inserts in one transaction) spent most of its time there. A transaction that says it is
-- a bulk write (set local tracker.bulk_write = on; the spreadsheet import does) moves the version
-- once, at its first write: nobody can read what it writes before it commits, and when it does the
-- version has moved.
create or replace function data_version_bump() returns trigger language plpgsql as $$
begin
    if current_setting('tracker.bulk_write', true) = 'moved' then
        return null;
    end if;
    update data_version set version = nextval('data_version_seq'), updated_at = now();
    if current_setting('tracker.bulk_write', true) = 'on' then
        perform set_config('tracker.bulk_write', 'moved', true);
    end if;
    return null;
end
$$;
