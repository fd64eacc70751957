-- Nations as reference data. A nation is an Ally from nato_member_since; the others are
-- partners or other nations. Codes are ISO 3166-1 alpha-3.
create table partner_nation (
    code              varchar(3) primary key,
    name              varchar(100) not null,
    nato_member_since varchar(10)
);

create table partner_framework (
    code varchar(20) primary key,
    name varchar(200) not null
);

create table partner_profile (
    id            uuid primary key,
    nation        varchar(3) not null unique references partner_nation (code),
    summary       varchar(4000) not null,
    policy        varchar(2000),
    aspirant      boolean not null,
    releasability varchar(10) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null
);

create table partner_membership (
    id             uuid primary key,
    partner        varchar(3) not null references partner_nation (code),
    ref            varchar(60) not null,
    framework      varchar(20) not null references partner_framework (code),
    since          varchar(10) not null,
    until          varchar(10),
    note           varchar(2000),
    milestone_text varchar(1000),
    releasability  varchar(10) not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null,
    constraint partner_membership_ref unique (partner, ref)
);
create index partner_membership_by_partner on partner_membership (partner, since);

create table partner_narrative (
    id            uuid primary key,
    partner       varchar(3) not null references partner_nation (code),
    ref           varchar(60) not null,
    section       varchar(20) not null,
    heading       varchar(200) not null,
    body          varchar(20000) not null,
    position      int not null,
    releasability varchar(10) not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint partner_narrative_ref unique (partner, ref)
);
create index partner_narrative_by_partner on partner_narrative (partner, section, position);

insert into partner_framework (code, name) values
    ('PFP', 'Partnership for Peace'),
    ('PARP', 'PfP Planning and Review Process'),
    ('SPS', 'Science for Peace and Security Programme'),
    ('EAPC', 'Euro-Atlantic Partnership Council'),
    ('MD', 'Mediterranean Dialogue'),
    ('ICI', 'Istanbul Cooperation Initiative'),
    ('PAG', 'Partners across the Globe');

-- Allies with the date each joined NATO.
insert into partner_nation (code, name, nato_member_since) values
    ('BEL', 'Belgium', '1949-04'), ('CAN', 'Canada', '1949-04'), ('DNK', 'Denmark', '1949-04'),
    ('FRA', 'France', '1949-04'), ('ISL', 'Iceland', '1949-04'), ('ITA', 'Italy', '1949-04'),
    ('LUX', 'Luxembourg', '1949-04'), ('NLD', 'Netherlands', '1949-04'), ('NOR', 'Norway', '1949-04'),
    ('PRT', 'Portugal', '1949-04'), ('GBR', 'United Kingdom', '1949-04'), ('USA', 'United States', '1949-04'),
    ('GRC', 'Greece', '1952-02'), ('TUR', 'Türkiye', '1952-02'), ('DEU', 'Germany', '1955-05'),
    ('ESP', 'Spain', '1982-05'), ('CZE', 'Czech Republic', '1999-03'), ('HUN', 'Hungary', '1999-03'),
    ('POL', 'Poland', '1999-03'), ('BGR', 'Bulgaria', '2004-03'), ('EST', 'Estonia', '2004-03'),
    ('LVA', 'Latvia', '2004-03'), ('LTU', 'Lithuania', '2004-03'), ('ROU', 'Romania', '2004-03'),
    ('SVK', 'Slovak Republic', '2004-03'), ('SVN', 'Slovenia', '2004-03'), ('ALB', 'Albania', '2009-04'),
    ('HRV', 'Croatia', '2009-04'), ('MNE', 'Montenegro', '2017-06'), ('MKD', 'North Macedonia', '2020-03'),
    ('FIN', 'Finland', '2023-04'), ('SWE', 'Sweden', '2024-03');

-- Partner nations of the Euro-Atlantic area, the Mediterranean Dialogue, the Istanbul
-- Cooperation Initiative and the Partners across the Globe.
insert into partner_nation (code, name) values
    ('ARM', 'Armenia'), ('AUT', 'Austria'), ('AZE', 'Azerbaijan'), ('BLR', 'Belarus'),
    ('BIH', 'Bosnia and Herzegovina'), ('GEO', 'Georgia'), ('IRL', 'Ireland'), ('KAZ', 'Kazakhstan'),
    ('KGZ', 'Kyrgyz Republic'), ('MLT', 'Malta'), ('MDA', 'Republic of Moldova'), ('RUS', 'Russia'),
    ('SRB', 'Serbia'), ('CHE', 'Switzerland'), ('TJK', 'Tajikistan'), ('TKM', 'Turkmenistan'),
    ('UKR', 'Ukraine'), ('UZB', 'Uzbekistan'), ('DZA', 'Algeria'), ('EGY', 'Egypt'), ('ISR', 'Israel'),
    ('JOR', 'Jordan'), ('MRT', 'Mauritania'), ('MAR', 'Morocco'), ('TUN', 'Tunisia'), ('BHR', 'Bahrain'),
    ('KWT', 'Kuwait'), ('QAT', 'Qatar'), ('ARE', 'United Arab Emirates'), ('AFG', 'Afghanistan'),
    ('AUS', 'Australia'), ('COL', 'Colombia'), ('IRQ', 'Iraq'), ('JPN', 'Japan'), ('KOR', 'Republic of Korea'),
    ('MNG', 'Mongolia'), ('NZL', 'New Zealand'), ('PAK', 'Pakistan');
