-- Seed: the 2026 transfers of ISIS detainees from northeast Syria into Iraqi custody, as each
-- article reported them. The same operation appears once per source that reported it.
insert into movement (kind, from_facility_id, to_facility_id, cohort_id, value, qualifier, lower_bound, upper_bound,
                      started_on, started_precision, ended_on, ended_precision, operator_id, status, tally,
                      source_id, speaker, quote)
select 'TRANSFER', ff.id, tf.id, c.id, m.value, m.qualifier, m.lower_bound, m.upper_bound,
       m.started_on::date, m.started_precision, m.ended_on::date, m.ended_precision, o.id, m.status, m.tally,
       s.id, m.speaker, m.quote
from (values
    ('sdf-detention-facilities-northeast-syria', 'iraq-receiving-facilities', 'isis-detainees', 7000, 'EXACT', 7000, 7000,
     '2026-01-01', 'MONTH', null, null, 'UNDER_WAY', 'CUMULATIVE',
     'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Unattributed report; CENTCOM confirmed the operation',
     'airlift 7,000 ISIS fighters from collapsing prisons in northeastern Syria to secure facilities in Iraq'),
    ('panorama-prison', 'iraq-receiving-facilities', 'high-value-isis-detainees', 150, 'EXACT', 150, 150,
     null, null, '2026-01-21', 'DAY', 'COMPLETED', 'BATCH',
     'US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq',
     'Unattributed report',
     'The first batch of prisoners, including 150 high-value detainees, has already been moved from the infamous “Panorama” detention facility'),
    ('sdf-detention-facilities-northeast-syria', 'baghdad-airport-detention-facility', 'isis-detainees', 6000, 'NEARLY', 5400, 5999,
     '2026-01-01', 'MONTH', '2026-02-01', 'MONTH', 'COMPLETED', 'CUMULATIVE',
     'How nearly 6,000 ISIS detainees were moved from Syria into Iraqi custody',
     'Senior U.S. intelligence official, unnamed',
     'we were able to get these nearly 6000 out in the course of just a few weeks'),
    ('sdf-detention-facilities-northeast-syria', 'baghdad-airport-detention-facility', 'isis-detainees', 6000, 'NEARLY', 5400, 5999,
     '2026-01-01', 'MONTH', '2026-02-01', 'MONTH', 'COMPLETED', 'CUMULATIVE',
     'U.S. forces thwart large ISIS jail break in covert operation',
     'Senior U.S. official, unnamed, as told to Fox News',
     'The transfers were completed in a matter of weeks, moving the detainees to a facility near Baghdad International Airport under Iraqi custody')
) as m (from_slug, to_slug, cohort, value, qualifier, lower_bound, upper_bound, started_on, started_precision,
        ended_on, ended_precision, status, tally, source_title, speaker, quote)
join facility ff on ff.slug = m.from_slug
join facility tf on tf.slug = m.to_slug
join cohort c on c.slug = m.cohort
join custody_holder o on o.slug = 'us-centcom'
join source s on s.title = m.source_title;
