-- The rating module's published read model for reports: one row per rating, without the citizen's comment.
create view rating_v as
select r.ticket_id,
       r.office_id,
       r.area_id,
       r.counter_id,
       r.clerk_id,
       r.level,
       r.created_at
from rating r;
