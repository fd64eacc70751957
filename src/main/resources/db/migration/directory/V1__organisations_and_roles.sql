-- Organisations belong to no single partnership; nation is the nation an organisation belongs to
-- (an embassy's sending state, a partner's training centre), against which PARTNER releasability
-- is read. Nation and partner codes are checked by the directory service against the partner
-- module rather than by foreign keys into its tables, to keep the modules' schemas apart.
create table directory_organisation (
    id            uuid primary key,
    ref           varchar(60) not null,
    name          varchar(200) not null,
    short_name    varchar(60),
    kind          varchar(30) not null,
    nation        varchar(3),
    city          varchar(100),
    description   varchar(8000),
    releasability varchar(10) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint directory_organisation_ref unique (ref)
);
create index directory_organisation_by_name on directory_organisation (name);

-- An organisation's role in one partnership. Dates are partial dates in ISO text form, which
-- sorts correctly; "from" is a reserved word, hence valid_from and valid_until.
create table directory_role (
    id              uuid primary key,
    partner         varchar(3) not null,
    ref             varchar(60) not null,
    organisation_id uuid not null references directory_organisation (id),
    kind            varchar(30) not null,
    valid_from      varchar(10),
    valid_until     varchar(10),
    tasks           varchar(8000),
    milestone_text  varchar(1000),
    releasability   varchar(10) not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint directory_role_ref unique (partner, ref)
);
create index directory_role_by_partner on directory_role (partner, valid_from);
create index directory_role_by_organisation on directory_role (organisation_id);
