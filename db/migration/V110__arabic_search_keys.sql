-- Names in Arabic script are searched as Latin ones are (V42): "مخيم الهول", "الهول" and "مُخَيَّم الهَوْل"
-- all find al-Hol camp. Folding Arabic drops what a writer may or may not put in: the short-vowel and
-- other diacritics (U+064B–U+065F, the superscript alef U+0670) and the tatweel (U+0640); and reads
-- the letters that are written either way as one: alef with hamza above or below, with madda, and
-- wasla (أ إ آ ٱ) as alef (ا); ta marbuta (ة) as ha (ه); alef maqsura (ى) as ya (ي); hamza on waw
-- and on ya (ؤ ئ) as waw and ya. Arabic-Indic digits read as digits. Letters outside Latin and
-- Arabic are still dropped, as before.
create or replace function tracker_fold(t text) returns text language sql immutable parallel safe as $$
    select regexp_replace(
        translate(
            translate(
                -- diacritics U+064B-U+065F, superscript alef U+0670, tatweel U+0640
                regexp_replace(lower(coalesce(t, '')), '[' || chr(1611) || '-' || chr(1631) || chr(1648) || chr(1600) || ']', '', 'g'),
                'áàâäãåāăąçćčďđéèêëēėęěíìîïīįıłñńňóòôöõøōőŕřśšşťţúùûüūůűųýÿžźżḥḍṣṭẓḫġʿʾ’‘`´''ʼ',
                'aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzhdstzhg'),
            'أإآٱةىؤئ٠١٢٣٤٥٦٧٨٩',
            'ااااهيوي0123456789'),
        -- Latin letters, digits, spaces and the Arabic letters U+0621-U+064A are kept
        '[^a-z0-9 ' || chr(1569) || '-' || chr(1610) || ']+', ' ', 'g')
$$;

-- The Arabic article is written joined to its word (الهول): a key also holds each name without it,
-- as it holds "al-Hol" without "al", so "هول" and "مخيم هول" are found as well as "الهول".
create or replace function tracker_search_key(t text) returns text language sql immutable parallel safe as $$
    select replace(tracker_fold(t), ' ', '') || ' '
        || replace(regexp_replace(regexp_replace(' ' || tracker_fold(t) || ' ', ' (al|el|ad|an|ar|as|at|ash|the) ', ' ', 'g'),
                                  ' ال([' || chr(1569) || '-' || chr(1610) || ']{2,})', ' \1', 'g'), ' ', '')
$$;

create or replace function tracker_query_key(t text) returns text language sql immutable parallel safe as $$
    select coalesce(nullif(replace(regexp_replace(regexp_replace(' ' || tracker_fold(t) || ' ', ' (al|el|ad|an|ar|as|at|ash|the) ', ' ', 'g'),
                                                  ' ال([' || chr(1569) || '-' || chr(1610) || ']{2,})', ' \1', 'g'), ' ', ''), ''),
                    replace(tracker_fold(t), ' ', ''))
$$;

-- The name al-Hol camp is given in Arabic, so that people who write it so find it.
insert into facility_alias (facility_id, name)
select f.id, 'مخيم الهول' from facility f
where f.slug = 'al-hol-camp' and not exists (select 1 from facility_alias a where a.facility_id = f.id and a.name = 'مخيم الهول');

-- Keys already stored were folded without Arabic: work out those that hold any again. Generated
-- columns are computed again when their row is updated.
update facility f set name = name
where f.name ~ '[؀-ۿ]' or exists (select 1 from facility_alias a where a.facility_id = f.id and a.name ~ '[؀-ۿ]');
update source set outlet = outlet where outlet ~ '[؀-ۿ]' or title ~ '[؀-ۿ]';
update reported_count set speaker = speaker where speaker ~ '[؀-ۿ]';
