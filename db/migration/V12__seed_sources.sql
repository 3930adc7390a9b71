-- Seed: the five seed articles and the publications they repeat.
-- Titles describe each report in a line; the seed texts themselves are not stored.
insert into source (outlet, title, kind, published_on, published_precision, note) values
    ('U.S. Central Command', 'Statement on the strike that killed ISIS leader Abu Yusif', 'OFFICIAL_STATEMENT',
     '2024-12-01', 'MONTH', 'Quoted in seed article 000; not itself a seed article.'),
    ('Politico', 'U.S. officials warn of a possible mass ISIS jailbreak in Syria', 'NEWS',
     '2024-12-01', 'MONTH', 'Repeated by the Daily Caller News Foundation (seed article 001); not itself a seed article.');

insert into source (outlet, title, kind, published_on, published_precision, cites_id, note) values
    ('Unnamed outlet', 'ISIS wants to break out “over 8,000” jihadis held in Syria, CENTCOM chief says', 'NEWS',
     '2024-12-01', 'MONTH', (select id from source where outlet = 'U.S. Central Command'),
     'Seed article 000. A republished copy that names no outlet.'),
    ('Daily Caller News Foundation', 'Thousands of ISIS members held in Syria could break out, U.S. officials warn', 'NEWS',
     '2024-12-01', 'MONTH', (select id from source where outlet = 'Politico'),
     'Seed article 001. Its figures are attributed to Politico.'),
    ('Fox News Digital', 'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody', 'NEWS',
     '2026-02-01', 'MONTH', null,
     'Seed article 002. Exclusive interview with a senior U.S. intelligence official.');

insert into source (outlet, title, kind, published_on, published_precision, cites_id, note) values
    ('Trending Politics News', 'U.S. forces thwart large ISIS jail break in covert operation', 'NEWS',
     '2026-02-01', 'MONTH', (select id from source where outlet = 'Fox News Digital'),
     'Seed article 003, republished by Las Vegas News Magazine. Reports Fox News.'),
    ('Unnamed outlet', 'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq', 'NEWS',
     '2026-01-21', 'DAY', null,
     'Seed article 004. Names no outlet; dated 21 January 2026.');
