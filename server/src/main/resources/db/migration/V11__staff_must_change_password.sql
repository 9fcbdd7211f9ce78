-- An admin-set temporary password must be replaced by its owner before the account can sign in again.
alter table staff add column must_change_password boolean not null default false;
