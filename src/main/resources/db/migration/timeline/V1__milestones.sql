-- Milestones written by hand (derived = false, with a ref) and derived from other modules'
-- records (derived = true, linked by source_type and source_id, one row per kind of moment).
create table timeline_milestone (
    id             uuid primary key,
    partner        varchar(3) not null references partner_nation (code),
    ref            varchar(60),
    date           varchar(10) not null,
    text           varchar(2000) not null,
    derived        boolean default false not null,
    source_type    varchar(40),
    source_id      uuid,
    source_kind    varchar(40),
    source_version bigint,
    releasability  varchar(10) not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null,
    constraint timeline_milestone_ref unique (partner, ref),
    constraint timeline_milestone_source unique (source_type, source_id, source_kind)
);
create index timeline_milestone_by_partner on timeline_milestone (partner, date);
create index timeline_milestone_by_source on timeline_milestone (source_type, source_id);
