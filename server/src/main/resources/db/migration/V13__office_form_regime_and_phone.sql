-- Which model forms the office's papers follow, chosen per dossier by its receipt date: TT 03/2025/TT-VPCP (the
-- default) prints its forms for dossiers received from 15/9/2025 and the TT 01/2018/TT-VPCP ones before; an office
-- that has not moved yet keeps TT 01/2018 for every dossier. And the one-stop department's telephone, which the
-- supplement request (Mẫu 02) gives the applicant to call.
alter table office
    add column form_regime   text not null default 'TT03_2025' check (form_regime in ('TT01_2018', 'TT03_2025')),
    add column contact_phone text not null default '';
