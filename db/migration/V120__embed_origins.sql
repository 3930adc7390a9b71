-- The sites that may frame the embed views (/embed/…), one origin per line, as an admin lists them on
-- /admin/settings: the Content-Security-Policy of those paths names them in frame-ancestors. Empty
-- means only this site itself; every other path keeps frame-ancestors 'none'.
alter table site_setting add column embed_origins text not null default '';
