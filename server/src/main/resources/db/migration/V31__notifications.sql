-- One outbox for every message to a person, whatever the channel (decision 29): the mail outbox becomes the
-- message outbox, each row one message on one channel and its delivery record.
alter table mail_outbox rename to message_outbox;
alter table message_outbox rename column dossier_code to reference;
alter table message_outbox
    add column channel     text not null default 'EMAIL' check (channel in ('EMAIL', 'SMS', 'ZALO')),
    -- the message bundle's key and the citizen's language the text was written from
    add column template    text,
    add column locale      text,
    -- the template's parameters by name, as a ZNS template takes them
    add column params      jsonb,
    -- a message that is worthless late (your turn is near) is given up rather than sent after this
    add column expires_at  timestamptz,
    -- the provider's id of the delivered message (SMPP message_id, ZNS msg_id), for the operator's complaints desk
    add column provider_id text,
    -- given up: attempts exhausted or expired; sent_at and failed_at are the delivery record
    add column failed_at   timestamptz,
    alter column subject drop not null,
    alter column body drop not null;
alter table message_outbox alter column channel drop default;
alter table message_outbox drop constraint mail_outbox_dossier_code_kind_key;
alter table message_outbox add constraint message_outbox_once unique (reference, kind, channel);
drop index mail_outbox_due;
create index message_outbox_due on message_outbox (next_attempt_at) where sent_at is null and failed_at is null;

-- The applicant's explicit choice to be told of the dossier, per channel, and in which language; nothing is sent on
-- a channel not chosen here, and a channel is chosen only with the phone or email it needs.
alter table dossier
    add column notify_by       text[] not null default '{}',
    add column notify_language text   not null default 'vi' check (notify_language in ('vi', 'en'));
