-- Joint bodies of NATO and a partner. Dates are partial dates in their ISO text form
-- (2006, 2006-02, 2006-02-21), which sorts as the dates do. Meetings of a body will get their
-- own table referring to dialogue_body (id).
create table dialogue_body (
    id             uuid primary key,
    partner        varchar(3) not null references partner_nation (code),
    ref            varchar(60) not null,
    name           varchar(200) not null,
    short_name     varchar(20),
    purpose        varchar(4000) not null,
    basis          varchar(500),
    members        varchar(1000),
    established    varchar(10),
    dissolved      varchar(10),
    milestone_text varchar(1000),
    releasability  varchar(10) not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null,
    constraint dialogue_body_ref unique (partner, ref)
);
create index dialogue_body_by_partner on dialogue_body (partner, established);

-- Political statements, declarations, communiqués, speeches, press releases and high-level
-- meetings. A statement holds a quote, a summary or both.
create table dialogue_statement (
    id            uuid primary key,
    partner       varchar(3) not null references partner_nation (code),
    ref           varchar(60) not null,
    kind          varchar(20) not null,
    title         varchar(300) not null,
    speaker       varchar(300),
    date          varchar(10) not null,
    place         varchar(200),
    quote         varchar(20000),
    summary       varchar(20000),
    source        varchar(1000),
    releasability varchar(10) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint dialogue_statement_ref unique (partner, ref)
);
create index dialogue_statement_by_partner on dialogue_statement (partner, date);
