-- The cooperation menu: reference data (areas of cooperation, disciplines), activities, their
-- dated events and the partners' participation requests with their nominees.
create table activity_area (
    code varchar(40) primary key,
    name varchar(200) not null
);

create table activity_discipline (
    code varchar(40) primary key,
    name varchar(200) not null
);

create table activity_menu (
    id                  uuid primary key,
    ref                 varchar(12) not null,
    title               varchar(300) not null,
    description         varchar(20000),
    area                varchar(40) not null references activity_area (code),
    discipline          varchar(40) not null references activity_discipline (code),
    activity_type       varchar(20) not null,
    provider            varchar(100) not null,
    delivery            varchar(20) not null,
    duration_days       int not null,
    clearance           boolean not null,
    eligible_frameworks varchar(100) not null,
    eligible_nations    varchar(1000) not null,
    fee_amount          numeric(19, 4),
    fee_currency        varchar(3),
    active_from         date,
    active_to           date,
    releasability       varchar(10) not null,
    illustrative        boolean not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null,
    constraint activity_menu_ref unique (ref)
);
create index activity_menu_by_area on activity_menu (area, activity_type);

create table activity_event (
    id              uuid primary key,
    activity        uuid not null references activity_menu (id),
    start_on        date not null,
    end_on          date not null,
    city            varchar(120) not null,
    nation          varchar(3) not null,
    seats           int not null,
    lang            varchar(40) not null,
    deadline        date,
    status          varchar(20) not null,
    milestone       boolean not null,
    milestone_text  varchar(1000),
    cancel_reason   varchar(2000),
    illustrative    boolean not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null,
    constraint activity_event_key unique (activity, start_on, city, nation)
);
create index activity_event_by_start on activity_event (start_on);

create table activity_request (
    id            uuid primary key,
    partner       varchar(3) not null references partner_nation (code),
    event         uuid not null references activity_event (id),
    seats         int not null,
    priority      int not null,
    plan_goal     varchar(200),
    status        varchar(20) not null,
    reason        varchar(2000),
    rating        int,
    feedback      varchar(4000),
    requested_at  timestamp with time zone not null,
    illustrative  boolean not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint activity_request_key unique (partner, event)
);
create index activity_request_by_event on activity_request (event, status);

create table activity_nominee (
    request          uuid not null references activity_request (id) on delete cascade,
    position         int not null,
    name             varchar(200) not null,
    rank_or_function varchar(200),
    organisation     varchar(300),
    primary key (request, position)
);
