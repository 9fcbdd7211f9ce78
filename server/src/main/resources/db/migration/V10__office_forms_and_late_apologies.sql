-- What every printed form takes from the office rather than from its name: the locality of the place-date line
-- ("Phú Thọ, ngày … tháng … năm …"), the agency's upper-case header, and the official who signs for the agency.
-- Empty until an administrator fills them in; the forms then fall back to the office's name.
alter table office
    add column locality      text not null default '',
    add column agency_header text not null default '',
    add column signer_name   text not null default '',
    add column signer_title  text not null default '';

-- An apology issued after its last day (the working day before the due date) is still issued, and marked so it
-- can be reported apart from those issued in time.
alter table dossier
    add column apology_late boolean not null default false;
