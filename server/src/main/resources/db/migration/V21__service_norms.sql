-- Service norms (issue 14): per office the longest queue and how long a staffed counter may call nobody while people
-- wait; per service area the longest wait and the longest service. A null limit is no norm.
create table norm_office (
    office_id            bigint  primary key references office (id),
    max_waiting_tickets  int     check (max_waiting_tickets between 1 and 10000),
    idle_counter_minutes int     check (idle_counter_minutes between 1 and 480),
    email_alerts         boolean not null default false,
    alert_emails         text[]  not null default '{}',
    -- the fence of the checks (see NormWatch): the queue's event sequence and the time of the last check recorded;
    -- a check that read an older state of the queue is dropped instead of undoing a newer one
    checked_seq          bigint  not null default 0,
    checked_at           timestamptz
);

create table norm_area (
    area_id             bigint primary key references service_area (id),
    office_id           bigint not null references norm_office (office_id),
    max_wait_minutes    int    check (max_wait_minutes between 1 and 480),
    max_service_minutes int    check (max_service_minutes between 1 and 480)
);

-- Every breach from its start to the moment its condition cleared, for the board and the monthly report.
-- subject names what it concerns ('ticket:<id>', 'counter:<id>' or 'office'), so that one breach of a kind per
-- subject can last at a time: the partial unique index below makes a second open row impossible even when two
-- server instances see the same breach at once.
create table norm_breach (
    id          bigint generated always as identity primary key,
    office_id   bigint      not null references office (id),
    kind        text        not null check (kind in ('WAITING_TIME', 'SERVICE_TIME', 'QUEUE_LENGTH', 'IDLE_COUNTER')),
    subject     text        not null,
    area_id     bigint      references service_area (id),
    counter_id  bigint      references counter (id),
    ticket_id   uuid,
    ticket_code text,
    norm_limit  int         not null,
    worst       int         not null,
    started_at  timestamptz not null,
    ended_at    timestamptz
);

create unique index norm_breach_lasting on norm_breach (office_id, kind, subject) where ended_at is null;
create index norm_breach_started on norm_breach (office_id, started_at);

-- Norm alerts go to the office's heads through the same outbox as the apology letters: one letter per breach start
-- (dossier_code holds 'norm-breach-<id>', so the outbox's unique key allows it once), with no attachment.
alter table mail_outbox alter column attachment_name drop not null, alter column attachment drop not null;
