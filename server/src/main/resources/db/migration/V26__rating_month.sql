-- The rating module's monthly summary (decision 0026): ratings per office, service area, local month and level, kept
-- by a trigger in the transaction of every write to a rating, so the satisfaction indicators of a province's year
-- read a few tens of thousands of rows instead of every rating.

-- no write may slip between the backfill below and the trigger that keeps the summary from then on
lock table rating in share row exclusive mode;

-- month: the first day of the month in the office's own time zone, the zone its reporting periods are read in
create table rating_month (
    office_id bigint not null references office (id),
    area_id   bigint not null references service_area (id),
    month     date   not null,
    level     text   not null,
    ratings   bigint not null,
    primary key (office_id, month, area_id, level)
);

create function rating_month_add(r rating, sign int) returns void
    language plpgsql as
$$
begin
    insert into rating_month as m (office_id, area_id, month, level, ratings)
    select r.office_id, r.area_id, date_trunc('month', r.created_at at time zone o.time_zone)::date, r.level, sign
    from office o
    where o.id = r.office_id
    on conflict (office_id, month, area_id, level) do update set ratings = m.ratings + excluded.ratings;
end;
$$;

create function rating_month_keep() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform rating_month_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform rating_month_add(new, 1);
    end if;
    return null;
end;
$$;

insert into rating_month (office_id, area_id, month, level, ratings)
select r.office_id, r.area_id, date_trunc('month', r.created_at at time zone o.time_zone)::date, r.level, count(*)
from rating r
         join office o on o.id = r.office_id
group by 1, 2, 3, 4;

create trigger rating_month_on_insert_or_delete
    after insert or delete on rating
    for each row execute function rating_month_keep();

create trigger rating_month_on_update
    after update of office_id, area_id, created_at, level on rating
    for each row
    when ((old.office_id, old.area_id, old.created_at, old.level)
        is distinct from (new.office_id, new.area_id, new.created_at, new.level))
    execute function rating_month_keep();

-- the planner's figures for the new table now, not after autovacuum's next round
analyze rating_month;
