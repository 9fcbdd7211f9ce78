-- Sổ theo dõi hồ sơ: each office keeps one book a year, and every dossier received is entered in it under the next
-- number ("Vào Sổ theo dõi hồ sơ, Quyển số … Số thứ tự …" on the receipt). The counter row is incremented inside the
-- registration's transaction (insert … on conflict do update), so its row lock orders concurrent receipts and a
-- rolled-back one gives its number back: no gaps, no duplicates.
create table dossier_register_counter (
    office_id   bigint not null references office (id),
    year        int    not null,
    last_number int    not null check (last_number >= 1),
    primary key (office_id, year)
);

alter table dossier
    add column register_year   int,
    add column register_number int,
    -- "Số lượng hồ sơ: … (bộ)" of the receipt, as the clerk counted the sets handed in
    add column dossier_sets    int not null default 1 check (dossier_sets between 1 and 99);

-- dossiers received before the register existed are entered in the order they were received
with numbered as (
    select d.id,
           extract(year from d.received_at at time zone o.time_zone)::int as year,
           row_number() over (
               partition by d.office_id, extract(year from d.received_at at time zone o.time_zone)
               order by d.received_at, d.id) as number
    from dossier d
    join office o on o.id = d.office_id)
update dossier set register_year = numbered.year, register_number = numbered.number
from numbered where dossier.id = numbered.id;

insert into dossier_register_counter (office_id, year, last_number)
select office_id, register_year, max(register_number) from dossier group by office_id, register_year;

alter table dossier
    alter column register_year set not null,
    alter column register_number set not null;

create unique index dossier_register_entry on dossier (office_id, register_year, register_number);
