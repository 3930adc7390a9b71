-- A figure keeps its source's own words where the usual phrase would change them: "6,000 or so" is
-- not "about 6,000". Null for every figure whose qualifier's phrase says it as the source did.
alter table reported_count add column value_words varchar(80);
alter table reported_count_aud add column value_words varchar(80);
alter table movement add column value_words varchar(80);
alter table movement_aud add column value_words varchar(80);
alter table movement_report add column value_words varchar(80);
alter table movement_report_aud add column value_words varchar(80);

alter table reported_count add constraint reported_count_value_words_check
    check (value_words is null or (value_words <> '' and value_words !~ '[[:cntrl:]]'));

-- The senior official's "6,000 or so", seeded as about 6,000 (V14); its seed revision says the same.
update reported_count set value_words = '6,000 or so'
where recorded_by = 'seed' and qualifier = 'APPROXIMATE' and value = 6000 and quote like '%6,000 or so%';
update reported_count_aud a set value_words = c.value_words
from reported_count c
where a.id = c.id and c.value_words is not null and a.revtype = 0;
