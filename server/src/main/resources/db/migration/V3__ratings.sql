-- One satisfaction rating per ticket, tied to everything the department head filters by.
create table rating (
    id         bigint generated always as identity primary key,
    ticket_id  uuid        not null unique references ticket (id),
    office_id  bigint      not null references office (id),
    counter_id bigint      not null references counter (id),
    clerk_id   bigint references staff (id),
    area_id    bigint      not null references service_area (id),
    level      text        not null check (level in ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    reasons    text[]      not null default '{}',
    comment    text,
    device_id  bigint references device (id),
    created_at timestamptz not null
);

create index rating_office_time on rating (office_id, created_at);
