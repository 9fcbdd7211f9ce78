-- The fence between the live queue (Redis) and its record. Every rebuild of an office's live state bumps
-- its epoch in the same transaction that reads the record; a command's record is written only while the
-- epoch it ran under in Redis is still the current one, so a command whose Redis effect a rebuild
-- discarded is refused instead of landing beside it (decision record 0008).
create table queue_epoch (
    office_id bigint primary key references office (id),
    epoch     bigint not null
);

-- Each change of a ticket in Redis increments its version; an older state arriving late never overwrites
-- a newer one.
alter table ticket add column version int not null default 0;

-- The Idempotency-Key of the command that issued or acted on a ticket: a retried request answers with the
-- first one's ticket instead of acting twice. Kept for the day (the rebuild reloads today's keys).
create table queue_command_key (
    office_id bigint      not null references office (id),
    key       text        not null,
    day       date        not null,
    ticket_id uuid references ticket (id),
    primary key (office_id, key)
);

-- A counter serves one citizen at a time. The record refuses a command that would give a counter a second
-- current ticket: that happens only when the command was decided on a live state holding an effect the
-- record never got (its server died between the two steps), and refusing it rebuilds that state.
create unique index ticket_one_current_per_counter on ticket (counter_id) where status in ('CALLED', 'SERVING');
