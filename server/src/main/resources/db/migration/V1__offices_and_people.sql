-- Offices, the service areas (lĩnh vực) they serve, their counters, staff and devices.
create table office (
    id               bigint generated always as identity primary key,
    code             text        not null unique,
    name             text        not null,
    agency_code      text        not null,
    time_zone        text        not null default 'Asia/Ho_Chi_Minh',
    opens_at         time        not null default '07:30',
    closes_at        time        not null default '17:00',
    open_on_saturday boolean     not null default false,
    -- at most this many priority tickets in a row at one counter while normal tickets wait
    priority_run     int         not null default 3 check (priority_run between 1 and 20),
    display_notice   text        not null default '',
    created_at       timestamptz not null default now()
);

create table service_area (
    id          bigint generated always as identity primary key,
    office_id   bigint  not null references office (id),
    code        text    not null,
    name        text    not null,
    name_en     text    not null default '',
    prefix      text    not null check (prefix ~ '^[A-Z]{1,2}$'),
    daily_limit int check (daily_limit is null or daily_limit between 1 and 999),
    active      boolean not null default true,
    unique (office_id, code),
    unique (office_id, prefix)
);

create table counter (
    id        bigint generated always as identity primary key,
    office_id bigint  not null references office (id),
    number    int     not null check (number > 0),
    name      text    not null,
    active    boolean not null default true,
    unique (office_id, number)
);

create table counter_area (
    counter_id bigint not null references counter (id),
    area_id    bigint not null references service_area (id),
    primary key (counter_id, area_id)
);

create table staff (
    id            bigint generated always as identity primary key,
    username      text        not null unique,
    full_name     text        not null,
    password_hash text        not null,
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table staff_office_role (
    staff_id  bigint not null references staff (id),
    office_id bigint not null references office (id),
    role      text   not null check (role in ('CLERK', 'HEAD', 'ADMIN')),
    primary key (staff_id, office_id, role)
);

create table device (
    id          bigint generated always as identity primary key,
    code        text        not null unique,
    kind        text        not null check (kind in ('KIOSK', 'DISPLAY', 'RATING_TABLET')),
    office_id   bigint      not null references office (id),
    counter_id  bigint references counter (id),
    secret_hash text        not null,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now(),
    check ((kind = 'RATING_TABLET') = (counter_id is not null))
);
