-- The migrations the schema was last brought up to date with, as one digest of their names and
-- contents, written by the start that applied or checked them (system.SchemaMigrations). A start whose
-- migrations have the recorded digest knows the schema is current without loading Flyway, which took
-- about a quarter of a second of every start.
create table migrations_digest (
    only_row boolean primary key default true check (only_row),
    digest text not null,
    recorded_at timestamptz not null default now()
);
