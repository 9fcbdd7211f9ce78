-- Appointments (lịch hẹn). The queue's ticket keeps the booking code it was checked in with, so that the clerk's list
-- and a rebuild from the record still know an appointment's ticket.
alter table ticket add column appointment_code text;

-- Per service area, set by an office's admin: the length of a slot and how many citizens one slot takes. An area
-- without a row takes no bookings. Bookings of an area are counted under this row's lock, so a slot is never
-- overbooked whatever the number of instances.
create table appointment_area (
    area_id      bigint primary key references service_area (id),
    office_id    bigint  not null references office (id),
    slot_minutes int     not null check (slot_minutes between 5 and 240),
    capacity     int     not null check (capacity between 1 and 100),
    active       boolean not null default true
);

-- One booking. The code is the citizen's only key (random, not a sequence). A place counts against its slot while it is
-- BOOKED or CHECKED_IN; a cancellation or a no-show (the check-in window closed) gives it back.
create table appointment (
    id            bigserial primary key,
    office_id     bigint      not null references office (id),
    area_id       bigint      not null references service_area (id),
    code          text        not null unique,
    starts_at     timestamptz not null,
    slot_minutes  int         not null,
    name          text        not null,
    phone         text        not null,
    language      text        not null,
    status        text        not null check (status in ('BOOKED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')),
    booked_at     timestamptz not null,
    reminded_at   timestamptz,
    checked_in_at timestamptz,
    on_time       boolean,
    ticket_id     uuid
);
create index appointment_slot on appointment (area_id, starts_at) where status in ('BOOKED', 'CHECKED_IN');
create index appointment_phone on appointment (phone, starts_at) where status = 'BOOKED';
create index appointment_due on appointment (starts_at) where status = 'BOOKED';
