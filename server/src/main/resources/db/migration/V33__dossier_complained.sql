-- Indicator 5.4 counts the dossiers "with feedback (PAKN) or a 'dislike'" (QĐ 766). The dossier module marks a dossier
-- that a citizen's feedback names; outcome_dissatisfied, which the monthly summary counts (V25), becomes "rated not
-- satisfied or complained about", so the summary and its trigger stay as they are.
alter table dossier add column outcome_complained boolean not null default false;
