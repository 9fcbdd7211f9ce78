-- Each dossier's outcome by the QĐ 766 rule of indicator 2.1 (Timeliness), kept by the dossier module on every
-- status change, so that period indicators are one SQL aggregate instead of a replay of every history.
-- Null outcome_deadline_at marks a dossier received before this migration: the server fills it at start-up.
alter table dossier
    -- when the dossier's time stopped counting: resolved, returned, stopped, rejected, or a single pending
    -- supplement request (the national text takes the request's moment as the end in that case); null while worked on
    add column outcome_end_at timestamptz,
    -- the due time moved by the first supplement wait, counted in the office's working hours
    add column outcome_deadline_at timestamptz,
    -- asked to complete more than once: late whatever the dates say
    add column outcome_late_forced boolean not null default false,
    -- withdrawn dossiers are counted neither way
    add column outcome_counted boolean not null default true,
    -- resolved or returned: working-hours seconds from reception to the end, the supplement wait given back (2.2)
    add column outcome_handling_seconds bigint;

create index dossier_office_outcome_end on dossier (office_id, outcome_end_at);

-- The dossier module's published read model for reports: what other modules may read of a dossier in SQL.
create view dossier_outcome_v as
select d.id,
       d.code,
       d.office_id,
       p.area_id,
       d.procedure_id,
       d.procedure_name,
       d.ticket_id,
       d.status,
       d.received_at,
       d.due_at,
       d.received_by_name,
       d.apology_issued_at,
       d.outcome_end_at           as ended_at,
       d.outcome_deadline_at      as deadline_at,
       d.outcome_late_forced      as late_forced,
       d.outcome_handling_seconds as handling_seconds
from dossier d
         join procedure p on p.id = d.procedure_id
where d.outcome_counted
  and d.outcome_deadline_at is not null;
