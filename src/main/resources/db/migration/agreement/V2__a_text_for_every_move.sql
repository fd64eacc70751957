-- Each dated step of the lifecycle gets a timeline text of its own. The one text there was
-- said what the timeline shows when the agreement was agreed, so it becomes that step's.
alter table agreement rename column milestone_text to agreed_text;
alter table agreement add column submitted_text varchar(1000);
alter table agreement add column in_force_text varchar(1000);
alter table agreement add column ended_text varchar(1000);
