-- "Contains" searches of speakers (a million figures) and sources use trigram indexes where the
-- server offers the pg_trgm extension; where it does not (or the account may not create it), the
-- searches still work, by scanning. Search keys only hold a-z, 0-9 and spaces (V42), so the
-- LIKE patterns built from them never contain wildcards of their own.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        create extension if not exists pg_trgm;
        create index reported_count_speaker_key_trgm_idx on reported_count using gin (speaker_key gin_trgm_ops);
        create index source_search_key_trgm_idx on source using gin (search_key gin_trgm_ops);
        create index facility_search_key_trgm_idx on facility using gin (search_key gin_trgm_ops);
    else
        raise notice 'pg_trgm is not available: searches will scan instead of using trigram indexes';
    end if;
exception
    when insufficient_privilege then
        raise notice 'pg_trgm could not be created here: searches will scan instead of using trigram indexes';
end
$$;
