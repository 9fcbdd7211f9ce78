-- Tickets taken on an office's public page from a phone (lấy số từ xa). An office without a settings row, or with
-- enabled false, gives none. The per-day cap is counted under this row's lock, so no number of instances exceeds it.
create table phone_ticket_settings (
    office_id    bigint primary key references office (id),
    enabled      boolean not null,
    daily_cap    int     not null check (daily_cap between 1 and 10000),
    notify_ahead int     not null check (notify_ahead between 1 and 50)
);

-- A one-time code sent by SMS to prove the number. The id is the form's hidden token; the code itself is kept only
-- as a salted SHA-256. A code is good once, until it expires, and for three wrong tries.
create table phone_code (
    id          uuid primary key,
    office_id   bigint      not null references office (id),
    area_id     bigint      not null references service_area (id),
    phone       text        not null,
    language    text        not null,
    salt        bytea       not null,
    code_hash   bytea       not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    wrong_tries int         not null default 0,
    used_at     timestamptz
);
create index phone_code_phone on phone_code (office_id, phone, created_at);

-- One ticket per number per office per day: the unique key is the rule, whatever the number of instances. The row is
-- written before the queue issues the ticket (ticket_id null until then), so the cap counts it at once.
-- near_at: when the turn-near check settled the ticket, near_sent whether it queued the message then; a settled ticket
-- is never looked at again, so the message goes at most once.
create table phone_ticket (
    id        bigserial primary key,
    office_id bigint      not null references office (id),
    day       date        not null,
    phone     text        not null,
    language  text        not null,
    ticket_id uuid,
    issued_at timestamptz not null,
    near_at   timestamptz,
    near_sent boolean     not null default false,
    unique (office_id, day, phone)
);
create index phone_ticket_watched on phone_ticket (office_id, day) where near_at is null and ticket_id is not null;
