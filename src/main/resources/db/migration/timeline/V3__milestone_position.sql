-- Where a derived milestone stands among its record's, as the record lists them (an
-- agreement: submitted, agreed, in force, ended): milestones of one date follow that order
-- rather than the alphabet of their kinds. Rows derived before keep 0, and their old order,
-- until their record publishes its milestones again.
alter table timeline_milestone add column source_position int default 0 not null;
