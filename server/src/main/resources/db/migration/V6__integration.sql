-- The integration API of the provincial one-stop information system: idempotency keys of its requests and
-- the webhooks that tell it about status changes.

-- The key row is inserted before the request is carried out, in the same transaction: a concurrent duplicate
-- waits on it and then reads the stored answer. status and response_body are null only inside that
-- transaction, never once it has committed.
create table idempotency_key (
    office_id     bigint      not null references office (id),
    key           text        not null,
    -- SHA-256 of the operation and its body: the same key with another request is refused
    request_hash  text        not null,
    status        int,
    response_body text,
    created_at    timestamptz not null,
    primary key (office_id, key)
);

create index idempotency_key_created on idempotency_key (created_at);

create table webhook_subscription (
    id         bigint generated always as identity primary key,
    office_id  bigint      not null references office (id),
    url        text        not null,
    -- kept in clear: the server needs it to sign every delivery
    secret     text        not null,
    active     boolean     not null default true,
    created_at timestamptz not null
);

create index webhook_subscription_office on webhook_subscription (office_id) where active;

-- The outbox: one row per event and subscription, written after the status change committed.
create table webhook_delivery (
    id              bigint generated always as identity primary key,
    subscription_id bigint      not null references webhook_subscription (id),
    event_id        uuid        not null,
    payload         jsonb       not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    last_error      text,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where delivered_at is null;
