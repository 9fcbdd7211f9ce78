-- A browser paired as a device (decision 20). The browser's cookie holds a random reference (256 bits) that any
-- kiosk-app replica exchanges here for the device's token; only the reference's SHA-256 is kept, so a copy of this
-- table pairs nothing. Unpairing deletes the row; revoking the device or resetting its secret deletes all of them.
create table device_pairing (
    id             bigint generated always as identity primary key,
    device_id      bigint      not null references device (id) on delete cascade,
    reference_hash bytea       not null unique check (length(reference_hash) = 32),
    created_at     timestamptz not null,
    last_used_at   timestamptz not null
);

create index device_pairing_device on device_pairing (device_id);

-- An admin's new secret for a device refuses the tokens issued before it, as a staff password reset does.
alter table device
    add column secret_reset_at timestamptz;
