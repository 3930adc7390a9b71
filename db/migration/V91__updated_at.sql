-- When each record the API serves last changed, so a client can ask for what changed since its last
-- sync (updatedSince) in a stable order. Set by the database, not the application, so no write path
-- can forget it. A movement also changes when one of its reports does.
create function touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;

create function touch_movement_of_report() returns trigger language plpgsql as $$
begin
    update movement set updated_at = now()
    where id in (coalesce(new.movement_id, old.movement_id), coalesce(old.movement_id, new.movement_id));
    return null;
end $$;

alter table reported_count add column updated_at timestamptz not null default now();
alter table movement add column updated_at timestamptz not null default now();
alter table movement_report add column updated_at timestamptz not null default now();
alter table source add column updated_at timestamptz not null default now();
alter table custody_holder add column updated_at timestamptz not null default now();
alter table cohort add column updated_at timestamptz not null default now();

-- Records that existed before: their last revision's time.
update reported_count t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from reported_count_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;
update movement t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from movement_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;
update movement_report t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from movement_report_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;
update movement m set updated_at = greatest(m.updated_at, a.at)
from (select movement_id, max(updated_at) as at from movement_report group by movement_id) a
where a.movement_id = m.id;
update source t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from source_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;
update custody_holder t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from custody_holder_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;
update cohort t set updated_at = to_timestamp(a.at / 1000.0)
from (select x.id, max(r.timestamp) as at from cohort_aud x join revision r on r.id = x.rev group by x.id) a
where a.id = t.id;

create trigger reported_count_touch before update on reported_count for each row execute function touch_updated_at();
create trigger movement_touch before update on movement for each row execute function touch_updated_at();
create trigger movement_report_touch before update on movement_report for each row execute function touch_updated_at();
create trigger movement_report_touches_movement after insert or update or delete on movement_report
    for each row execute function touch_movement_of_report();
create trigger source_touch before update on source for each row execute function touch_updated_at();
create trigger custody_holder_touch before update on custody_holder for each row execute function touch_updated_at();
create trigger cohort_touch before update on cohort for each row execute function touch_updated_at();

-- updatedSince pages walk these in order.
create index reported_count_updated on reported_count (updated_at, id);
create index movement_updated on movement (updated_at, id);
create index source_updated on source (updated_at, id);
create index custody_holder_updated on custody_holder (updated_at, id);
create index cohort_updated on cohort (updated_at, id);
