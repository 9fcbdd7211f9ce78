-- Letters to applicants by email (the apology slip, Mẫu 04), written in the transaction that issues them and
-- sent afterwards, with retries, by whichever server instance claims the row first.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    office_id       bigint      not null references office (id),
    dossier_code    text        not null,
    kind            text        not null,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    attachment_name text        not null,
    attachment      bytea       not null,
    created_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    unique (dossier_code, kind)
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
