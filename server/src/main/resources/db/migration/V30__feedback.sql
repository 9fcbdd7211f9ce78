-- Feedback and complaints (phản ánh, kiến nghị) about an office's service, from the public page, a kiosk or a counter.
-- The reference is the citizen's only key to follow it, so it is random, not a sequence. Contact details are kept only
-- when given, for answering; the answer is published only when the citizen agreed and the head chose to.
create table feedback (
    id              bigserial primary key,
    office_id       bigint      not null references office (id),
    reference       text        not null unique,
    category        text        not null,
    channel         text        not null,
    content         text        not null,
    contact_name    text,
    phone           text,
    email           text,
    publish_consent boolean     not null,
    subject_ref     text,
    received_at     timestamptz not null,
    answer_due_on   date        not null,
    answer          text,
    answered_at     timestamptz,
    answered_by     bigint,
    answer_public   boolean     not null default false
);
create index feedback_office_received on feedback (office_id, received_at desc);
