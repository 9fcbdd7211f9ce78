-- The system of record for tickets: Redis holds the live queues, this holds every ticket and the
-- time of each of its phases, so that today's queues can be rebuilt from here at any moment.
create table ticket (
    id                uuid primary key,
    office_id         bigint      not null references office (id),
    day               date        not null,
    -- numbering belongs to the area the ticket was issued in, even after a transfer
    issue_area_id     bigint      not null references service_area (id),
    area_id           bigint      not null references service_area (id),
    number            int         not null,
    code              text        not null,
    priority          text,
    status            text        not null,
    counter_id        bigint references counter (id),
    target_counter_id bigint references counter (id),
    clerk_id          bigint references staff (id),
    calls             int         not null default 0,
    issued_at         timestamptz not null,
    queued_at         timestamptz not null,
    called_at         timestamptz,
    first_called_at   timestamptz,
    started_at        timestamptz,
    finished_at       timestamptz,
    updated_at        timestamptz not null,
    unique (office_id, issue_area_id, day, number)
);

create index ticket_office_day on ticket (office_id, day);

create table ticket_event (
    id         bigint generated always as identity primary key,
    ticket_id  uuid        not null references ticket (id),
    type       text        not null,
    at         timestamptz not null,
    counter_id bigint,
    staff_id   bigint,
    detail     text
);

create index ticket_event_ticket on ticket_event (ticket_id);

create table counter_pause (
    id         bigint generated always as identity primary key,
    counter_id bigint      not null references counter (id),
    staff_id   bigint references staff (id),
    reason     text        not null,
    started_at timestamptz not null,
    ended_at   timestamptz
);
