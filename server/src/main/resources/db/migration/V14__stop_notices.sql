-- A dossier stopped (status STOPPED) gets a stop notice, "Thông báo dừng giải quyết hồ sơ" (TT 03/2025/TT-VPCP
-- Mẫu 05), stored with its reason like the other notices so that it can be printed again.
alter table dossier_notice drop constraint dossier_notice_kind_check;
alter table dossier_notice add constraint dossier_notice_kind_check check (kind in ('SUPPLEMENT', 'REFUSAL', 'STOP'));
