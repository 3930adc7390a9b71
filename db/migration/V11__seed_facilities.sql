-- Seed: the facilities and groups of facilities that the seed articles name.
-- Coordinates are those of the nearest named place, hence their SETTLEMENT precision.
insert into facility (slug, name, kind, country_code, admin1, description) values
    ('sdf-detention-facilities-northeast-syria', 'SDF-run detention facilities in northeast Syria', 'GROUP', 'SY', null,
     'Prisons and camps run by the Kurdish-led Syrian Democratic Forces, which reports often count as a whole.'),
    ('iraq-receiving-facilities', 'Iraqi facilities receiving detainees transferred from Syria', 'GROUP', 'IQ', null,
     'Secure sites in Iraq to which ISIS detainees were moved from northeast Syria in 2026.');

insert into facility (slug, name, kind, country_code, admin1, latitude, longitude, coordinate_precision, parent_id, description)
values
    ('panorama-prison', 'Panorama prison', 'PRISON', 'SY', 'Al-Hasakah Governorate', 36.50000, 40.75000, 'SETTLEMENT',
     (select id from facility where slug = 'sdf-detention-facilities-northeast-syria'),
     'SDF-run prison in Hasakah holding ISIS detainees.'),
    ('al-hol-camp', 'al-Hol camp', 'CAMP', 'SY', 'Al-Hasakah Governorate', 36.38330, 41.15000, 'SETTLEMENT',
     (select id from facility where slug = 'sdf-detention-facilities-northeast-syria'),
     'Camp holding ISIS-affiliated women and children and other residents.'),
    ('baghdad-airport-detention-facility', 'Detention facility near Baghdad International Airport', 'DETENTION_CENTRE', 'IQ',
     'Baghdad Governorate', 33.26250, 44.23460, 'SETTLEMENT',
     (select id from facility where slug = 'iraq-receiving-facilities'),
     'Facility under Iraqi authority where detainees moved from Syria are held.');

insert into facility_alias (facility_id, name)
select f.id, a.name
from facility f
join (values
    ('sdf-detention-facilities-northeast-syria', 'SDF-controlled camps'),
    ('sdf-detention-facilities-northeast-syria', 'SDF prisons in northeast Syria'),
    ('iraq-receiving-facilities', 'Maximum-security locations in Iraq'),
    ('panorama-prison', 'Panorama detention facility'),
    ('panorama-prison', 'Panorama'),
    ('al-hol-camp', 'al-Hawl'),
    ('al-hol-camp', 'al-Hawl camp'),
    ('al-hol-camp', 'Al Hol'),
    ('al-hol-camp', 'Hol camp'),
    ('baghdad-airport-detention-facility', 'Baghdad airport facility')
) as a (slug, name) on a.slug = f.slug;
