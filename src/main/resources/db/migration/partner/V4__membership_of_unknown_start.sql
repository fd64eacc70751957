-- A membership whose start no source gives is kept without one, never with a date invented
-- for it: the page then names the framework alone, and the timeline has no milestone for it.
alter table partner_membership alter column since drop not null;
