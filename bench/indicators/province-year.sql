-- A province-sized year for the indicator measurement (docs/performance.md): 150 offices of 6 areas and 4 counters,
-- 1,000,000 tickets, 500,000 ratings and 300,000 dossiers received in 2026, and one provincial head ("tinh.lanhdao",
-- the demo's password) who heads every one of them. Run on a database the server has migrated (bench/indicators.sh).
-- Deterministic: the same numbers every run. The dossiers' outcome columns are written as the dossier module would
-- for their (not generated) status histories: handled in 1–12 working days against a 7-day deadline, 1 in 97 asked
-- to complete twice, 1 in 50 still open.
\set ON_ERROR_STOP on
begin;

insert into office (code, name, agency_code, open_on_saturday)
select 'TINH-' || lpad(g::text, 3, '0'),
       case when g <= 30 then 'Sở ' || g else 'UBND xã ' || g end,
       -- 30 departments, and 120 communes under 12 district-level agency codes
       case when g <= 30 then '000.00.' || lpad(g::text, 2, '0') || '.H48' else '000.' || lpad((g % 12)::text, 2, '0') || '.00.H48' end,
       false
from generate_series(1, 150) g;

create temporary table gen_office on commit drop as
select id, row_number() over (order by id) - 1 as n from office where code like 'TINH-%';

insert into service_area (office_id, code, name, prefix)
select o.id, 'LV' || k, 'Lĩnh vực ' || k, chr(65 + k)
from gen_office o, generate_series(0, 5) k;

create temporary table gen_area on commit drop as
select a.id, o.n as office_n, o.id as office_id, row_number() over (partition by a.office_id order by a.id) - 1 as k
from service_area a join gen_office o on o.id = a.office_id;

insert into counter (office_id, number, name)
select o.id, c, 'Quầy ' || c from gen_office o, generate_series(1, 4) c;

insert into counter_area (counter_id, area_id)
select c.id, a.id from counter c join gen_area a on a.office_id = c.office_id;

create temporary table gen_counter on commit drop as
select c.id, o.n as office_n, c.number from counter c join gen_office o on o.id = c.office_id;

insert into procedure (office_id, code, name, area_id, processing_days)
select a.office_id, 'TTHC-' || a.k, 'Thủ tục ' || a.k, a.id, 7 from gen_area a;

create temporary table gen_procedure on commit drop as
select p.id, a.office_n, a.k from procedure p join gen_area a on a.id = p.area_id;

insert into staff (username, full_name, password_hash)
select 'tinh.lanhdao', 'Lãnh đạo tỉnh', password_hash from staff where username = 'lanhdao';
insert into staff_office_role (staff_id, office_id, role)
select s.id, o.id, 'HEAD' from staff s, gen_office o where s.username = 'tinh.lanhdao';
insert into staff (username, full_name, password_hash)
select 'tinh.canbo', 'Cán bộ tỉnh', password_hash from staff where username = 'lanhdao';
insert into staff_office_role (staff_id, office_id, role)
select s.id, o.id, 'CLERK' from staff s, gen_office o where s.username = 'tinh.canbo';

-- ticket g: office g % 150, area (g / 150) % 6, day (g / 900) % 365, number g / 328500 + 1: unique by construction
create temporary table gen_ticket on commit drop as
select g,
       gen_random_uuid() as id,
       g % 150 as office_n,
       (g / 150) % 6 as k,
       date '2026-01-01' + ((g / 900) % 365) as day,
       g / 328500 + 1 as number,
       -- spread the rated and dossier-bringing tickets evenly over offices, areas and days
       abs(hashint4(g)) as h,
       -- issued between 07:30 and 16:30 local
       (date '2026-01-01' + ((g / 900) % 365)) + time '07:30' + make_interval(mins => (g * 37) % 540) as issued_local
from generate_series(0, 999999) g;

insert into ticket (id, office_id, day, issue_area_id, area_id, number, code, status, counter_id, clerk_id, calls,
                    issued_at, queued_at, called_at, first_called_at, started_at, finished_at, updated_at)
select t.id, a.office_id, t.day, a.id, a.id, t.number, chr(65 + t.k) || lpad(t.number::text, 3, '0'), 'DONE', c.id,
       s.id, 1,
       t.issued_local at time zone 'Asia/Ho_Chi_Minh',
       t.issued_local at time zone 'Asia/Ho_Chi_Minh',
       (t.issued_local + interval '12 minutes') at time zone 'Asia/Ho_Chi_Minh',
       (t.issued_local + interval '12 minutes') at time zone 'Asia/Ho_Chi_Minh',
       (t.issued_local + interval '13 minutes') at time zone 'Asia/Ho_Chi_Minh',
       (t.issued_local + interval '25 minutes') at time zone 'Asia/Ho_Chi_Minh',
       (t.issued_local + interval '25 minutes') at time zone 'Asia/Ho_Chi_Minh'
from gen_ticket t
         join gen_area a on a.office_n = t.office_n and a.k = t.k
         join gen_counter c on c.office_n = t.office_n and c.number = 1 + (t.h / 3) % 4
         cross join (select id from staff where username = 'tinh.canbo') s;

-- every other ticket rated (by the hash h): 70 % very satisfied, 22 % satisfied, 8 % not satisfied
insert into rating (ticket_id, office_id, counter_id, clerk_id, area_id, level, created_at)
select tk.id, tk.office_id, tk.counter_id, tk.clerk_id, tk.area_id,
       case when t.h % 100 < 70 then 'VERY_SATISFIED' when t.h % 100 < 92 then 'SATISFIED' else 'DISSATISFIED' end,
       tk.finished_at
from gen_ticket t join ticket tk on tk.id = t.id
where (t.h / 100) % 2 = 0;

-- 3 tickets in 10 bring a dossier; due 7 days after reception at 17:00, ended 1–12 days after reception
insert into dossier (code, office_id, procedure_id, procedure_name, processing_days, applicant_name,
                     applicant_id_number, applicant_address, documents, delivery, ticket_id, status, received_at,
                     due_at, received_by, received_by_name, outcome_end_at, outcome_deadline_at, outcome_late_forced,
                     outcome_counted, outcome_handling_seconds, register_year, register_number)
select 'G' || lpad(t.g::text, 7, '0'), tk.office_id, p.id, 'Thủ tục ' || t.k, 7, 'Công dân ' || t.g,
       lpad(t.g::text, 12, '0'), 'Phú Thọ', '[]', 'COUNTER', tk.id,
       case when t.h % 50 = 1 then 'PROCESSING' else 'RETURNED' end,
       tk.started_at, t.day + 7 + time '17:00', 'staff:0', 'Cán bộ tỉnh',
       case when t.h % 50 = 1 then null else tk.started_at + make_interval(days => 1 + (t.h / 7) % 12) end,
       (t.day + 7 + time '17:00') at time zone 'Asia/Ho_Chi_Minh',
       t.h % 97 = 0,
       true,
       case when t.h % 50 = 1 then null else (1 + (t.h / 7) % 12) * 9 * 3600 + 1800 end,
       2026, t.g + 1
from gen_ticket t
         join ticket tk on tk.id = t.id
         join gen_procedure p on p.office_n = t.office_n and p.k = t.k
where (t.h / 200) % 10 < 3;

commit;
analyze office;
analyze service_area;
analyze ticket;
analyze rating;
analyze dossier;
analyze procedure;
