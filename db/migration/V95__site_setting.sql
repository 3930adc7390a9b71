-- Choices an admin makes on /admin/settings, kept in the database so they survive a restart and
-- every instance reads the same: whether visitors without an account may read the analyst pages and
-- the read API. Off until an admin turns it on.
create table site_setting (
    id             boolean     primary key default true,
    public_reading boolean     not null default false,
    updated_at     timestamptz not null default now(),
    constraint site_setting_single_row check (id)
);

insert into site_setting default values;
