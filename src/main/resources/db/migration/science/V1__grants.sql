-- The key priorities of the SPS Programme as reference data.
create table science_priority (
    code varchar(30) primary key,
    name varchar(200) not null
);

-- Dates of the lifecycle are partial dates in their ISO text form (2009, 2011-04, 2015-01-15),
-- which sorts correctly as text. Money is an exact amount in the grant's one currency.
create table science_grant (
    id                           uuid primary key,
    partner                      varchar(3) not null references partner_nation (code),
    ref                          varchar(60) not null,
    title                        varchar(300) not null,
    description                  varchar(20000),
    mechanism                    varchar(40) not null,
    nato_director_name           varchar(200) not null,
    nato_director_institution    varchar(300) not null,
    nato_director_nation         varchar(3) not null references partner_nation (code),
    partner_director_name        varchar(200) not null,
    partner_director_institution varchar(300) not null,
    partner_director_nation      varchar(3) not null references partner_nation (code),
    currency                     varchar(3) not null,
    budget_amount                numeric(19, 4) not null,
    nato_share_amount            numeric(19, 4),
    partner_share_amount         numeric(19, 4),
    status                       varchar(20) not null,
    review_on                    varchar(10),
    decided_on                   varchar(10),
    decision_reason              varchar(2000),
    start_on                     varchar(10),
    end_on                       varchar(10),
    illustrative                 boolean not null,
    releasability                varchar(10) not null,
    updated_at                   timestamp with time zone not null,
    version                      bigint not null,
    constraint science_grant_ref unique (partner, ref)
);
create index science_grant_by_partner on science_grant (partner, releasability, start_on);
create index science_grant_by_status on science_grant (status);

-- The key priorities each grant serves: one or more.
create table science_grant_priority (
    grant_id uuid not null references science_grant (id) on delete cascade,
    priority varchar(30) not null references science_priority (code),
    primary key (grant_id, priority)
);

-- Submitted reports, one per due date of the grant's schedule.
create table science_report (
    grant_id     uuid not null references science_grant (id) on delete cascade,
    due_on       date not null,
    submitted_on date not null,
    summary      varchar(20000) not null,
    final_report boolean not null,
    primary key (grant_id, due_on)
);

insert into science_priority (code, name) values
    ('CBRN_DEFENCE', 'Defence against CBRN agents'),
    ('COUNTER_TERRORISM', 'Counter-terrorism'),
    ('ENVIRONMENTAL_SECURITY', 'Environmental security'),
    ('DISASTER_FORECAST', 'Disaster forecast and prevention'),
    ('CYBER_DEFENCE', 'Cyber defence'),
    ('ENERGY_SECURITY', 'Energy security'),
    ('BORDER_SECURITY', 'Border and port security'),
    ('HUMAN_AND_SOCIAL', 'Human and social aspects of security');
