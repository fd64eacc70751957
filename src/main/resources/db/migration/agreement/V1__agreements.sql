-- Types of agreement as reference data: staff add types the list lacks.
create table agreement_type (
    code varchar(30) primary key,
    name varchar(200) not null
);

-- Dates are partial dates in their ISO text form (2009, 2011-04, 2015-01-15), which sorts
-- correctly as text.
create table agreement (
    id             uuid primary key,
    partner        varchar(3) not null references partner_nation (code),
    ref            varchar(60) not null,
    type_code      varchar(30) not null references agreement_type (code),
    title          varchar(300) not null,
    description    varchar(20000),
    status         varchar(20) not null,
    submitted_on   varchar(10),
    agreed_on      varchar(10),
    in_force_on    varchar(10),
    ended_on       varchar(10),
    milestone_text varchar(1000),
    releasability  varchar(10) not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null,
    constraint agreement_ref unique (partner, ref)
);
create index agreement_by_partner on agreement (partner, releasability, agreed_on);

-- The parties in the order the agreement names them; a party may stand for a nation.
create table agreement_party (
    agreement uuid not null references agreement (id) on delete cascade,
    position  int not null,
    name      varchar(200) not null,
    nation    varchar(3) references partner_nation (code),
    primary key (agreement, position)
);

insert into agreement_type (code, name) values
    ('PRESENTATION_DOCUMENT', 'PfP Presentation Document'),
    ('IPP', 'Individual Partnership Programme'),
    ('IPCP', 'Individual Partnership and Cooperation Programme'),
    ('IPAP', 'Individual Partnership Action Plan'),
    ('ITPP', 'Individually Tailored Partnership Programme'),
    ('TRANSIT', 'Transit agreement'),
    ('MILITARY_TECHNICAL', 'Military Technical Agreement'),
    ('SECURITY', 'Security agreement'),
    ('THIRD_PARTY', 'Agreement between other parties'),
    ('OTHER', 'Other agreement or document');
