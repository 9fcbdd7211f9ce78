-- Norm alerts go to the office's active heads at their staff accounts' addresses (staff.email, V22), the addresses the
-- monthly report uses, so the norms no longer keep a list of their own: one place to change a head's address, and a
-- head who leaves stops getting alerts with their HEAD grant.
alter table norm_office drop column alert_emails;
