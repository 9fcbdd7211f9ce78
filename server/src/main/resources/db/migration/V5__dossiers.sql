-- The procedure catalogue (thủ tục hành chính) of each office, and the dossiers (hồ sơ) received for them.
create table procedure (
    id                 bigint generated always as identity primary key,
    office_id          bigint  not null references office (id),
    code               text    not null,
    name               text    not null,
    area_id            bigint references service_area (id),
    processing_days    int     not null check (processing_days between 0 and 365),
    -- names of the papers the citizen must bring, in the order the procedure lists them
    required_documents jsonb   not null default '[]',
    fee                text    not null default '',
    active             boolean not null default true,
    unique (office_id, code)
);

-- One row per agency and local day: the last sequence number of a dossier code (TT 01/2018, Điều 19).
-- Incremented with INSERT … ON CONFLICT DO UPDATE inside the registration's transaction, so the row lock
-- orders concurrent registrations and a rolled-back one gives its number back: no gaps, no duplicates.
create table dossier_code_counter (
    agency_code text not null,
    day         date not null,
    last_number int  not null check (last_number between 1 and 9999),
    primary key (agency_code, day)
);

create table dossier (
    id                  bigint generated always as identity primary key,
    code                text        not null unique,
    office_id           bigint      not null references office (id),
    procedure_id        bigint      not null references procedure (id),
    -- copied from the procedure at reception: a later change of the catalogue does not move a promise made
    procedure_name      text        not null,
    processing_days     int         not null,
    applicant_name      text        not null,
    applicant_id_number text        not null,
    applicant_address   text        not null,
    applicant_phone     text,
    applicant_email     text,
    documents           jsonb       not null,
    delivery            text        not null check (delivery in ('COUNTER', 'POST')),
    ticket_id           uuid,
    status              text        not null,
    received_at         timestamptz not null,
    -- office-local wall time, as printed on the receipt
    due_at              timestamp   not null,
    received_by         text        not null,
    received_by_name    text        not null,
    apology_reason      text,
    apology_new_due_at  timestamp,
    apology_issued_at   timestamptz,
    apology_signer_title text,
    apology_signer_name text
);

create index dossier_office_received on dossier (office_id, received_at);

create table dossier_status_change (
    id              bigint generated always as identity primary key,
    dossier_id      bigint      not null references dossier (id),
    status          text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    changed_by_name text        not null,
    note            text        not null default ''
);

create index dossier_status_change_dossier on dossier_status_change (dossier_id, id);
