-- The dossier module's monthly summary of its outcomes (decision 0026): the counts behind indicators 2.1, 2.2 and 5.4
-- per office, procedure and the local months a dossier was received, ended and due in, kept by triggers in the
-- transaction of every write to a dossier, so a province's year is read from a few tens of thousands of rows instead
-- of every dossier. Only what does not depend on the reporting period is kept: a period's figures follow by SQL.

-- no write may slip between the backfill below and the triggers that keep the summary from then on
lock table dossier in share row exclusive mode;

-- Whether the dossier's ticket was rated "not satisfied" (5.4): set by the dossier module when the ticket is rated or
-- the dossier recorded, so the summary need not read the ratings.
alter table dossier add column outcome_dissatisfied boolean not null default false;

update dossier d
set outcome_dissatisfied = true
from rating r
where r.ticket_id = d.ticket_id
  and r.level = 'DISSATISFIED';

create index dossier_ticket on dossier (ticket_id) where ticket_id is not null;

-- The published view gains the mark, so the indicators need not join the ratings either.
create or replace view dossier_outcome_v as
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
       d.outcome_handling_seconds as handling_seconds,
       d.outcome_dissatisfied     as dissatisfied
from dossier d
         join procedure p on p.id = d.procedure_id
where d.outcome_counted
  and d.outcome_deadline_at is not null;

-- Months are the first day of the month in the office's own time zone, the zone its reporting periods are read in.
create table dossier_month (
    office_id        bigint not null references office (id),
    procedure_id     bigint not null references procedure (id),
    received_month   date   not null,
    -- the month outcome_end_at falls in; null while the dossier is worked on
    ended_month      date,
    deadline_month   date   not null,
    dossiers         bigint not null,
    -- of those, the ones not forced late: on time if judged before their deadline
    not_forced       bigint not null,
    -- of those, the ones ended by their deadline (outcome_end_at <= outcome_deadline_at)
    ended_on_time    bigint not null,
    dissatisfied     bigint not null,
    -- the resolved or returned ones (handling time known) and the sum of their handling seconds
    completed        bigint not null,
    handling_seconds bigint not null
);
-- one row per key, "not ended yet" (null) being one key too; an expression rather than "unique nulls not distinct",
-- which PostgreSQL 14 (the embedded one of ./run.sh and the fault suite) does not have
create unique index dossier_month_key on dossier_month
    (office_id, received_month, procedure_id, (coalesce(ended_month, 'infinity'::date)), deadline_month);

-- Adds (sign 1) or takes away (sign -1) one dossier's contribution; withdrawn and not yet judged dossiers have none,
-- as in dossier_outcome_v.
create function dossier_month_add(d dossier, sign int) returns void
    language plpgsql as
$$
declare
    zone text;
begin
    if not d.outcome_counted or d.outcome_deadline_at is null then
        return;
    end if;
    select time_zone into zone from office where id = d.office_id;
    insert into dossier_month as m (office_id, procedure_id, received_month, ended_month, deadline_month, dossiers,
                                    not_forced, ended_on_time, dissatisfied, completed, handling_seconds)
    values (d.office_id, d.procedure_id,
            date_trunc('month', d.received_at at time zone zone)::date,
            date_trunc('month', d.outcome_end_at at time zone zone)::date,
            date_trunc('month', d.outcome_deadline_at at time zone zone)::date,
            sign,
            case when d.outcome_late_forced then 0 else sign end,
            case when not d.outcome_late_forced and d.outcome_end_at <= d.outcome_deadline_at then sign else 0 end,
            case when d.outcome_dissatisfied then sign else 0 end,
            case when d.outcome_handling_seconds is null then 0 else sign end,
            sign * coalesce(d.outcome_handling_seconds, 0))
    on conflict (office_id, received_month, procedure_id, (coalesce(ended_month, 'infinity'::date)), deadline_month)
        do update
        set dossiers         = m.dossiers + excluded.dossiers,
            not_forced       = m.not_forced + excluded.not_forced,
            ended_on_time    = m.ended_on_time + excluded.ended_on_time,
            dissatisfied     = m.dissatisfied + excluded.dissatisfied,
            completed        = m.completed + excluded.completed,
            handling_seconds = m.handling_seconds + excluded.handling_seconds;
end;
$$;

create function dossier_month_keep() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform dossier_month_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform dossier_month_add(new, 1);
    end if;
    return null;
end;
$$;

insert into dossier_month (office_id, procedure_id, received_month, ended_month, deadline_month, dossiers, not_forced,
                           ended_on_time, dissatisfied, completed, handling_seconds)
select d.office_id, d.procedure_id,
       date_trunc('month', d.received_at at time zone o.time_zone)::date,
       date_trunc('month', d.outcome_end_at at time zone o.time_zone)::date,
       date_trunc('month', d.outcome_deadline_at at time zone o.time_zone)::date,
       count(*),
       count(*) filter (where not d.outcome_late_forced),
       count(*) filter (where not d.outcome_late_forced and d.outcome_end_at <= d.outcome_deadline_at),
       count(*) filter (where d.outcome_dissatisfied),
       count(d.outcome_handling_seconds),
       coalesce(sum(d.outcome_handling_seconds), 0)
from dossier d
         join office o on o.id = d.office_id
where d.outcome_counted
  and d.outcome_deadline_at is not null
group by 1, 2, 3, 4, 5;
create trigger dossier_month_on_insert_or_delete
    after insert or delete on dossier
    for each row execute function dossier_month_keep();

-- only when a column the summary reads changed: a dossier's other writes (status, slips, apology) cost nothing here
create trigger dossier_month_on_update
    after update of office_id, procedure_id, received_at, outcome_end_at, outcome_deadline_at, outcome_late_forced,
        outcome_counted, outcome_handling_seconds, outcome_dissatisfied on dossier
    for each row
    when ((old.office_id, old.procedure_id, old.received_at, old.outcome_end_at, old.outcome_deadline_at,
           old.outcome_late_forced, old.outcome_counted, old.outcome_handling_seconds, old.outcome_dissatisfied)
        is distinct from
          (new.office_id, new.procedure_id, new.received_at, new.outcome_end_at, new.outcome_deadline_at,
           new.outcome_late_forced, new.outcome_counted, new.outcome_handling_seconds, new.outcome_dissatisfied))
    execute function dossier_month_keep();

-- the planner's figures for the new table and column now, not after autovacuum's next round
analyze dossier_month;
analyze dossier;
