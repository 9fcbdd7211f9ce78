-- Where a member of staff is sent what the system mails to staff (the head's monthly report); optional.
alter table staff
    add column email text;

-- One row per office and month whose report was made and mailed. The job inserts it in the transaction that queues
-- the letters, so of several server instances running the job on the 1st exactly one gets the row and queues them;
-- the others wait on the unique key until that transaction ends and then insert nothing.
create table monthly_report (
    office_id bigint      not null references office (id),
    month     text        not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    made_at   timestamptz not null,
    heads     int         not null,
    primary key (office_id, month)
);

-- The outbox now also holds letters to staff; the column keeps its name and holds each letter's reference.
comment on column mail_outbox.dossier_code is
    'the letter''s reference: the dossier code of an apology, BC-<month>-<office>-<staff> of a monthly report';
