-- The facilities index lists facilities in name order a page at a time: with an index on the name
-- PostgreSQL reads the first 25 in order instead of sorting all 10,000 (the synthetic dataset).
create index facility_name_idx on facility (name);
