-- Where a figure accepted from the claim finder came from: the passage of the pasted article it was
-- read in (one sentence, at most 600 characters, never the article), the passage's offsets into the
-- text the finder read, and the SHA-256 of that text, so the offsets can be checked against the same
-- article later. Offsets count UTF-16 code units, as Java and JavaScript strings do, so the database
-- only checks that they are ordered and span at most 600 of them. All four stay null for figures
-- entered by hand.
alter table reported_count
    add column passage_start      integer,
    add column passage_end        integer,
    add column passage_text       varchar(600),
    add column pasted_text_sha256 varchar(64),
    add constraint reported_count_passage_complete check (
        (passage_start is null and passage_end is null and passage_text is null and pasted_text_sha256 is null)
        or (passage_start is not null and passage_end is not null and passage_text is not null)),
    add constraint reported_count_passage_offsets
        check (passage_start >= 0 and passage_start < passage_end and passage_end - passage_start <= 600),
    add constraint reported_count_passage_not_blank check (btrim(passage_text) <> ''),
    add constraint reported_count_pasted_text_sha256_hex check (pasted_text_sha256 ~ '^[0-9a-f]{64}$');

-- The claim finder marks candidates of an article already recorded from it.
create index reported_count_pasted_text_idx on reported_count (pasted_text_sha256)
    where pasted_text_sha256 is not null;

alter table reported_count_aud
    add column passage_start      integer,
    add column passage_end        integer,
    add column passage_text       varchar(600),
    add column pasted_text_sha256 varchar(64);
