-- A profile and a narrative keep dated versions of their texts: a summary written for 2022
-- does not erase the one of 2015, so the public page can be shown as it stood on any day.
-- A version with no effective date stands from the start of the record. The columns of
-- partner_profile and partner_narrative keep holding the latest version, as before.
create table partner_profile_version (
    profile        uuid not null references partner_profile (id) on delete cascade,
    effective_from date,
    summary        varchar(4000) not null,
    policy         varchar(2000),
    aspirant       boolean not null,
    updated_at     timestamp with time zone not null
);
create index partner_profile_version_by_profile on partner_profile_version (profile);

create table partner_narrative_version (
    narrative      uuid not null references partner_narrative (id) on delete cascade,
    effective_from date,
    heading        varchar(200) not null,
    body           varchar(20000) not null,
    updated_at     timestamp with time zone not null
);
create index partner_narrative_version_by_narrative on partner_narrative_version (narrative);

insert into partner_profile_version (profile, effective_from, summary, policy, aspirant, updated_at)
    select id, null, summary, policy, aspirant, updated_at from partner_profile;

insert into partner_narrative_version (narrative, effective_from, heading, body, updated_at)
    select id, null, heading, body, updated_at from partner_narrative;

-- The day the latest version took effect, beside its texts.
alter table partner_profile add column effective_from date;
alter table partner_narrative add column effective_from date;
