-- One row per source record whose milestones the timeline derives: the version last applied.
-- Applying a record's milestones locks its row first, so two applies of one record never
-- interleave (a record with no milestones left keeps its row, and so its version).
create table timeline_source (
    source_type     varchar(40) not null,
    source_id       uuid not null,
    applied_version bigint not null,
    primary key (source_type, source_id)
);
insert into timeline_source (source_type, source_id, applied_version)
select source_type, source_id, max(source_version) from timeline_milestone
where derived = true and source_type is not null and source_id is not null
group by source_type, source_id;
