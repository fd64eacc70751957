-- Plans that steer a partnership (IPP, IPCP, IPAP, ITPP, PARP and types staff add), their tree of
-- nodes, assessment rounds and dated assessments. Partial dates are kept in their ISO text form.
create table plan_type (
    code     varchar(20) primary key,
    name     varchar(200) not null
);

-- The levels of a type's tree in order, from the root down.
create table plan_type_level (
    plan_type varchar(20) not null references plan_type (code) on delete cascade,
    position  int not null,
    name      varchar(100) not null,
    primary key (plan_type, position)
);

insert into plan_type (code, name) values
    ('IPP', 'Individual Partnership Programme'),
    ('IPCP', 'Individual Partnership and Cooperation Programme'),
    ('IPAP', 'Individual Partnership Action Plan'),
    ('ITPP', 'Individually Tailored Partnership Programme'),
    ('PARP', 'Planning and Review Process');
insert into plan_type_level (plan_type, position, name) values
    ('IPP', 0, 'area of cooperation'), ('IPP', 1, 'activity'),
    ('IPCP', 0, 'area of cooperation'), ('IPCP', 1, 'objective'), ('IPCP', 2, 'activity'),
    ('IPAP', 0, 'chapter'), ('IPAP', 1, 'objective'), ('IPAP', 2, 'action'),
    ('ITPP', 0, 'strategic objective'), ('ITPP', 1, 'partnership goal'), ('ITPP', 2, 'supporting activity'),
    ('PARP', 0, 'cycle'), ('PARP', 1, 'partnership goal');

create table plan_plan (
    id              uuid primary key,
    partner         varchar(3) not null references partner_nation (code),
    ref             varchar(60) not null,
    plan_type       varchar(20) not null references plan_type (code),
    title           varchar(300) not null,
    period_from     varchar(10),
    period_to       varchar(10),
    status          varchar(20) not null,
    agreement_ref   varchar(60),
    predecessor_ref varchar(60),
    public_summary  varchar(4000),
    releasability   varchar(10) not null,
    illustrative    boolean not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint plan_plan_ref unique (partner, ref)
);
create index plan_plan_by_partner on plan_plan (partner, releasability);

-- Nodes of a plan's tree; the parent is named by its code within the plan. Lists (supporting
-- Allies or bodies, activity refs) are kept one item a line.
create table plan_node (
    id                 uuid primary key,
    plan               uuid not null references plan_plan (id) on delete cascade,
    code               varchar(40) not null,
    parent_code        varchar(40),
    node_level         int not null,
    position           int not null,
    title              varchar(500) not null,
    description        varchar(8000),
    lead_organisation  varchar(300),
    supporters         varchar(4000),
    target_on          varchar(10),
    target_beyond_plan boolean not null,
    capability_area    varchar(100),
    activity_refs      varchar(4000),
    illustrative       boolean not null,
    version            bigint not null,
    constraint plan_node_code unique (plan, code)
);

create table plan_round (
    id           uuid primary key,
    plan         uuid not null references plan_plan (id) on delete cascade,
    cycle_label  varchar(100) not null,
    status       varchar(10) not null,
    opened_on    date,
    approved_at  timestamp with time zone,
    illustrative boolean not null,
    constraint plan_round_cycle unique (plan, cycle_label)
);

-- Dated judgements of a node; seq is the order in which a plan's assessments were recorded.
create table plan_assessment (
    id            uuid primary key,
    plan          uuid not null references plan_plan (id) on delete cascade,
    node          uuid not null references plan_node (id) on delete cascade,
    seq           int not null,
    assessed_on   date not null,
    rating        varchar(20) not null,
    narrative     varchar(8000),
    assessor      varchar(200),
    source        varchar(10) not null,
    cycle_label   varchar(100),
    round_id      uuid references plan_round (id) on delete cascade,
    releasability varchar(10) not null,
    illustrative  boolean not null,
    recorded_at   timestamp with time zone not null,
    version       bigint not null,
    constraint plan_assessment_seq unique (plan, seq)
);
create index plan_assessment_by_node on plan_assessment (node);
