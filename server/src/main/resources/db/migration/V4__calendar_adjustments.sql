-- Days whose working status differs from the statutory default, as decided by the government each
-- year and recorded by an administrator; the application validates that each entry changes the day.
create table calendar_adjustment (
    day        date        primary key,
    kind       text        not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    note       text        not null,
    created_at timestamptz not null default now()
);
