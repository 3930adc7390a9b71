-- Seed: who held which facility, and al-Hol's change of control from the SDF to Damascus.
-- Start dates the articles do not give stay unknown (null) rather than guessed.
insert into custody_period (facility_id, holder_id, started_on, started_precision, ended_on, ended_precision, source_id, note)
select f.id, h.id, p.started_on::date, p.started_precision, p.ended_on::date, p.ended_precision, s.id, p.note
from (values
    ('sdf-detention-facilities-northeast-syria', 'sdf', null, null, null, null,
     'ISIS wants to break out “over 8,000” jihadis held in Syria, CENTCOM chief says',
     'Camps and prisons controlled by the SDF.'),
    ('panorama-prison', 'sdf', null, null, null, null,
     'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Held by the SDF when the first batch left for Iraq.'),
    ('al-hol-camp', 'sdf', null, null, '2026-02-01', 'MONTH',
     'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'The SDF agreed that Damascus would take the camp over.'),
    ('al-hol-camp', 'syrian-government', '2026-02-01', 'MONTH', null, null,
     'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'Taken over by the Syrian government; reports say the camp is being emptied.'),
    ('iraq-receiving-facilities', 'iraqi-government', null, null, null, null,
     'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Secure facilities in Iraq.'),
    ('baghdad-airport-detention-facility', 'iraqi-government', null, null, null, null,
     'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'Held under Iraqi authority.')
) as p (facility, holder, started_on, started_precision, ended_on, ended_precision, source_title, note)
join facility f on f.slug = p.facility
join custody_holder h on h.slug = p.holder
join source s on s.title = p.source_title;
