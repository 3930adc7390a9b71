-- Seed: who holds people and who is counted, as named in the five seed articles.
insert into custody_holder (slug, name, short_name, kind, country_code) values
    ('sdf', 'Syrian Democratic Forces', 'SDF', 'NON_STATE_ARMED_FORCE', 'SY'),
    ('syrian-government', 'Government of Syria', 'Syrian government', 'GOVERNMENT', 'SY'),
    ('iraqi-government', 'Government of Iraq', 'Iraq', 'GOVERNMENT', 'IQ'),
    ('us-centcom', 'U.S. Central Command', 'CENTCOM', 'FOREIGN_MILITARY', 'US');

insert into cohort (slug, name, description) values
    ('isis-detainees', 'ISIS detainees',
     'Men held as Islamic State fighters or operatives.'),
    ('isis-affiliated-women-and-children', 'ISIS-affiliated women and children',
     'Families of Islamic State members held in camps.'),
    ('other-detainees-and-residents', 'Other detainees and camp residents',
     'People held who are not counted as ISIS fighters, such as families and other camp residents.');

insert into cohort (slug, name, description, parent_id) values
    ('high-value-isis-detainees', 'High-value ISIS detainees',
     'ISIS detainees singled out as high-value or high-risk.',
     (select id from cohort where slug = 'isis-detainees'));
