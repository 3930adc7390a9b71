-- Seed: every figure in the seed articles about how many people were held, each with its
-- qualifier as written. Bounds follow Qualifier.bounds (a test checks every row against it):
-- OVER v -> [v+1, none], NEARLY v -> [ceil(0.9 v), v-1], EXACT and APPROXIMATE v -> [v, v].
-- Troop numbers (900 U.S. troops) and years are not counts and are left out.
insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound, upper_bound,
                            as_of, as_of_precision, source_id, speaker, quote, recorded_at, recorded_by)
select f.id, c.id, h.id, r.value, r.qualifier, r.lower_bound, r.upper_bound, r.as_of::date, r.as_of_precision, s.id,
       r.speaker, r.quote, '2026-11-21T00:00:00Z', 'seed'
from (values
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 8000, 'OVER', 8001, null::int,
     '2024-12-01', 'MONTH', 'ISIS wants to break out “over 8,000” jihadis held in Syria, CENTCOM chief says',
     'Gen. Michael Kurilla, CENTCOM commander',
     'ISIS has the intent to break out of detention the over 8,000 ISIS operatives currently being held in facilities in Syria.'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 9000, 'EXACT', 9000, 9000,
     '2024-12-01', 'MONTH', 'Thousands of ISIS members held in Syria could break out, U.S. officials warn',
     'Politico, as reported by the Daily Caller News Foundation',
     'the SDF, who currently hold 9,000 ISIS soldiers and 50,000 others in shoddily-secured detention centers, according to Politico'),
    ('sdf-detention-facilities-northeast-syria', 'other-detainees-and-residents', 'sdf', 50000, 'EXACT', 50000, 50000,
     '2024-12-01', 'MONTH', 'Thousands of ISIS members held in Syria could break out, U.S. officials warn',
     'Politico, as reported by the Daily Caller News Foundation',
     'the SDF, who currently hold 9,000 ISIS soldiers and 50,000 others in shoddily-secured detention centers, according to Politico'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 6000, 'NEARLY', 5400, 5999,
     '2026-01-01', 'MONTH', 'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'Fox News Digital, from a senior U.S. intelligence official (unnamed)',
     'Nearly 6,000 ISIS detainees, described by a senior U.S. intelligence official as “the worst of the worst,” were being held in northern Syria'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 6000, 'APPROXIMATE', 6000, 6000,
     '2026-01-01', 'MONTH', 'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'Senior U.S. intelligence official, unnamed',
     'If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 6000, 'NEARLY', 5400, 5999,
     '2026-01-01', 'MONTH', 'U.S. forces thwart large ISIS jail break in covert operation',
     'Trending Politics News, citing Fox News',
     'American forces successfully thwarted a potential large-scale prison break involving nearly 6,000 ISIS detainees in northern Syria'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 6000, 'APPROXIMATE', 6000, 6000,
     '2026-01-01', 'MONTH', 'U.S. forces thwart large ISIS jail break in covert operation',
     'Senior U.S. official, unnamed, as told to Fox News',
     'If these 6,000 or so got out and returned to the battlefield, that would basically be the instant reconstitution of ISIS'),
    ('sdf-detention-facilities-northeast-syria', 'isis-detainees', 'sdf', 7000, 'EXACT', 7000, 7000,
     '2026-01-21', 'DAY', 'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Unattributed report; CENTCOM confirmed the operation',
     'The United States military has launched a covert operation to airlift 7,000 ISIS fighters from collapsing prisons in northeastern Syria'),
    ('panorama-prison', 'isis-detainees', 'sdf', 4500, 'OVER', 4501, null,
     '2026-01-21', 'DAY', 'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Unattributed report',
     'The “Panorama” facility alone holds over 4,500 prisoners')
) as r (facility, cohort, holder, value, qualifier, lower_bound, upper_bound, as_of, as_of_precision, source_title, speaker, quote)
join facility f on f.slug = r.facility
join cohort c on c.slug = r.cohort
join custody_holder h on h.slug = r.holder
join source s on s.title = r.source_title;
