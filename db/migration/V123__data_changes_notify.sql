-- Tells listening servers that something behind the pages or a session check changed, so they can
-- remember the data version and each session's account check between writes instead of asking for
-- them on every request. NOTIFY is delivered when the writing transaction commits, never for one
-- that rolls back, and PostgreSQL folds identical notifications of one transaction into one.
create function tracker_changes_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('tracker_changes', '');
    return null;
end
$$;

-- Every write to the data moves the data version (V43, V75, V96, V122): one trigger on its row
-- covers them all.
create trigger data_version_changes after update on data_version
    for each statement execute function tracker_changes_notify();

-- An account's role, access version and whether it is enabled decide whether a session goes on.
create trigger account_changes after insert or update or delete or truncate on account
    for each statement execute function tracker_changes_notify();
