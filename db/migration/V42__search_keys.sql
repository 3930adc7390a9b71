-- Search that ignores case, accents, hyphens, spaces and the Arabic article: "al hawl", "Al-Hol",
-- "alhol" and "Hol" all find al-Hol camp. Pure SQL (no unaccent extension, which not every server
-- has). tracker_fold lowers and strips accents and punctuation; a search key holds every name
-- twice, as written and without its articles, so both "alhol" and "hol" are found inside it.
create function tracker_fold(t text) returns text language sql immutable parallel safe as $$
    select regexp_replace(
        translate(lower(coalesce(t, '')),
            'áàâäãåāăąçćčďđéèêëēėęěíìîïīįıłñńňóòôöõøōőŕřśšşťţúùûüūůűųýÿžźżḥḍṣṭẓḫġʿʾ’‘`´''ʼ',
            'aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzhdstzhg'),
        '[^a-z0-9 ]+', ' ', 'g')
$$;

-- One name as a search key: its letters and digits run together, once as written and once
-- without the articles al/el/ad/an/ar/as/at/the ("al-Hol camp" -> "alholcamp holcamp").
create function tracker_search_key(t text) returns text language sql immutable parallel safe as $$
    select replace(tracker_fold(t), ' ', '') || ' '
        || replace(regexp_replace(' ' || tracker_fold(t) || ' ', ' (al|el|ad|an|ar|as|at|ash|the) ', ' ', 'g'), ' ', '')
$$;

-- What a search for t looks for inside a search key: without its articles, unless that leaves
-- nothing ("al" alone is searched as "al"). Empty when t has no letters or digits at all.
create function tracker_query_key(t text) returns text language sql immutable parallel safe as $$
    select coalesce(nullif(replace(regexp_replace(' ' || tracker_fold(t) || ' ', ' (al|el|ad|an|ar|as|at|ash|the) ', ' ', 'g'), ' ', ''), ''),
                    replace(tracker_fold(t), ' ', ''))
$$;

alter table facility add column search_key text not null default '';

create function facility_refresh_search_key(facility bigint) returns void language sql as $$
    update facility f set search_key = tracker_search_key(f.name) || coalesce(
        (select string_agg(' ' || tracker_search_key(a.name), '' order by a.name) from facility_alias a where a.facility_id = f.id), '')
    where f.id = facility
$$;

create function facility_search_key_on_facility() returns trigger language plpgsql as $$
begin
    new.search_key := tracker_search_key(new.name) || coalesce(
        (select string_agg(' ' || tracker_search_key(a.name), '' order by a.name) from facility_alias a where a.facility_id = new.id), '');
    return new;
end
$$;

create trigger facility_search_key_before
    before insert or update of name on facility
    for each row execute function facility_search_key_on_facility();

create function facility_search_key_on_alias() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform facility_refresh_search_key(old.facility_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform facility_refresh_search_key(new.facility_id);
    end if;
    return null;
end
$$;

create trigger facility_search_key_alias_after
    after insert or update or delete on facility_alias
    for each row execute function facility_search_key_on_alias();

update facility set name = name;

-- Sources by outlet or title and figures by speaker, with the same folding.
alter table source add column search_key text generated always as
    (tracker_search_key(outlet) || ' ' || tracker_search_key(title)) stored;
alter table reported_count add column speaker_key text generated always as (tracker_search_key(speaker)) stored;
