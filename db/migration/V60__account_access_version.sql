-- Moves on whenever what an account may do changes (role, enabled, password). A session remembers
-- the value it signed in with and ends at its next request once the two differ.
alter table account add column access_version bigint not null default 0;
