-- Who held a dossier and when: each hand-over from the one-stop desk to a specialist department or agency and its
-- officer, on between departments, and back to the desk, with the fields the control slip (Phiếu kiểm soát quá
-- trình giải quyết hồ sơ, TT 01/2018) prints. Only appended: a wrong entry is corrected by a later one, as on paper,
-- so the slip and the late list never lose who held the dossier at a past moment.
create table dossier_handover (
    id               bigint generated always as identity primary key,
    dossier_id       bigint      not null references dossier (id),
    handed_at        timestamptz not null,
    from_unit        text        not null,
    from_officer     text        not null,
    to_unit          text        not null,
    to_officer       text        not null,
    -- the handling result or any remark the receiving side writes in the slip's "Ghi chú"
    note             text        not null default '',
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    recorded_by_name text        not null
);

create index dossier_handover_dossier on dossier_handover (dossier_id, handed_at, id);
