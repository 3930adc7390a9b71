-- Internal records: a figure, movement or source an editor keeps for signed-in accounts only.
--
-- What a visitor without an account reads (public reading, V95) is read as the role tracker_public,
-- which the application takes on for such requests (SET ROLE) and which row-level security keeps
-- from internal records and from everything resting on one: a figure or movement whose source is
-- internal, a movement's reports when the movement or their source is, a custody period from an
-- internal source, and the audit rows of anything hidden. Every query — pages, population model,
-- API, feeds, public export — therefore leaves internal records out by itself; none has to
-- remember a condition. The role may only read, and not the tables of accounts and tokens.
--
-- Creating a role needs CREATEROLE (a superuser has it). Where the application's database account
-- lacks it, a DBA creates the role beforehand and grants it to that account; this migration then
-- finds it and goes on.

alter table source add column internal boolean not null default false;
alter table reported_count add column internal boolean not null default false;
alter table movement add column internal boolean not null default false;
alter table source_aud add column internal boolean;
alter table reported_count_aud add column internal boolean;
alter table movement_aud add column internal boolean;

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'tracker_public') then
        create role tracker_public nologin;
    end if;
exception
    -- two databases of one server migrating at once (tests) may both try to create it
    when duplicate_object or unique_violation then null;
end
$$;

do $$
begin
    if not pg_has_role(current_user, 'tracker_public', 'member') then
        execute format('grant tracker_public to %I', current_user);
    end if;
end
$$;

grant usage on schema public to tracker_public;
grant select on all tables in schema public to tracker_public;
revoke select on account, api_token, sign_in_attempt, form_submission, export_log from tracker_public;
-- tables made by later migrations are readable too, unless a migration says otherwise
alter default privileges in schema public grant select on tables to tracker_public;

-- Policies bind only tracker_public: the application's own account owns the tables, so signed-in
-- reading and every write go on as before.
-- A source is hidden when it is internal or repeats a hidden one (a chain of "citing …"), so that no
-- public source points at one a visitor cannot see. A policy may not read its own table, so the chain
-- is followed by this function, which runs as the tables' owner and sees every row.
create function source_public_ids() returns table (id bigint)
    language sql stable security definer set search_path = public
as $$
    with recursive hidden (id) as (
        select s.id from source s where s.internal
        union
        select s.id from source s join hidden h on s.cites_id = h.id
    )
    select s.id from source s where s.id not in (select h.id from hidden h)
$$;

alter table source enable row level security;
create policy public_source on source for select to tracker_public
    using (id in (select p.id from source_public_ids() p));

alter table reported_count enable row level security;
create policy public_reported_count on reported_count for select to tracker_public
    using (not internal and source_id in (select id from source));

alter table movement enable row level security;
create policy public_movement on movement for select to tracker_public
    using (not internal and (source_id is null or source_id in (select id from source)));

alter table movement_report enable row level security;
create policy public_movement_report on movement_report for select to tracker_public
    using (movement_id in (select id from movement) and source_id in (select id from source));

alter table custody_period enable row level security;
create policy public_custody_period on custody_period for select to tracker_public
    using (source_id is null or source_id in (select id from source));

alter table source_aud enable row level security;
create policy public_source_aud on source_aud for select to tracker_public
    using (id in (select id from source));

alter table reported_count_aud enable row level security;
create policy public_reported_count_aud on reported_count_aud for select to tracker_public
    using (id in (select id from reported_count));

alter table movement_aud enable row level security;
create policy public_movement_aud on movement_aud for select to tracker_public
    using (id in (select id from movement));

alter table movement_report_aud enable row level security;
create policy public_movement_report_aud on movement_report_aud for select to tracker_public
    using (id in (select id from movement_report));

alter table custody_period_aud enable row level security;
create policy public_custody_period_aud on custody_period_aud for select to tracker_public
    using (id in (select id from custody_period));
