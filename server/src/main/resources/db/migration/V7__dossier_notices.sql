-- The slips handed to an applicant about a dossier besides the receipt and the apology: a request to complete
-- it (Mẫu 02, may be issued more than once; the latest is the one in force) and a refusal to receive it (Mẫu 03).
create table dossier_notice (
    id             bigint generated always as identity primary key,
    dossier_id     bigint      not null references dossier (id),
    kind           text        not null check (kind in ('SUPPLEMENT', 'REFUSAL')),
    -- the papers to add or complete, for a supplement request; empty for a refusal
    items          jsonb       not null default '[]',
    -- the reason given to the applicant
    reason         text        not null default '',
    -- by when the papers are expected, when the clerk set a date
    deadline       date,
    issued_at      timestamptz not null,
    issued_by      text        not null,
    issued_by_name text        not null
);

create index dossier_notice_dossier on dossier_notice (dossier_id, kind, id);
