-- When the data last changed, for the "last updated" line and Last-Modified of public pages; and a
-- changed setting moves the data version too, so a public page's validator changes with it and an
-- instance that keeps the setting per data version sees an admin's change made on another one.
alter table data_version add column updated_at timestamptz not null default now();

create or replace function data_version_bump() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq'), updated_at = now();
    return null;
end
$$;

create trigger site_setting_data_version after insert or update or delete or truncate on site_setting
    for each statement execute function data_version_bump();
