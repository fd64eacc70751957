-- A grant is kept as its sources give it: co-directors and a budget that no source names stay
-- empty rather than invented.
alter table science_grant alter column nato_director_name drop not null;
alter table science_grant alter column nato_director_institution drop not null;
alter table science_grant alter column nato_director_nation drop not null;
alter table science_grant alter column partner_director_name drop not null;
alter table science_grant alter column partner_director_institution drop not null;
alter table science_grant alter column partner_director_nation drop not null;
alter table science_grant alter column currency drop not null;
alter table science_grant alter column budget_amount drop not null;
