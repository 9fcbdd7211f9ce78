-- Some centres receive dossiers on Sundays (and the demo centre is open around the clock): opening days
-- are the office's setting, not a rule of the code.
alter table office add column open_on_sunday boolean not null default false;
