-- When an admin last reset the account's password: tokens issued before it are refused, so a reset also
-- ends the sessions of whoever knew the old password.
alter table staff add column password_reset_at timestamptz;
