-- The notice period each transit agreement sets. The agreement is referenced by id only (another
-- module's aggregate), so that the agreement module stays free to change its own tables.
create table transit_terms (
    id           uuid primary key,
    agreement    uuid not null,
    notice_days  int not null,
    illustrative boolean not null default false,
    updated_at   timestamp with time zone not null,
    version      bigint not null,
    constraint transit_terms_agreement unique (agreement),
    constraint transit_terms_notice check (notice_days between 1 and 90)
);

-- Movement requests. The host partner is the agreement's partner, kept on the request so that
-- every read applies who may see it (NATO staff, the requesting Ally, the host partner) in SQL.
create table transit_request (
    id                  uuid primary key,
    agreement           uuid not null,
    host_partner        varchar(3) not null references partner_nation (code),
    reference           varchar(20) not null,
    requesting_nation   varchar(3) not null references partner_nation (code),
    requesting_unit     varchar(200) not null,
    purpose             varchar(500) not null,
    personnel           int not null,
    vehicles            int not null,
    vehicle_description varchar(1000),
    entry_point         varchar(200) not null,
    exit_point          varchar(200) not null,
    route               varchar(2000) not null,
    entry_date          date not null,
    exit_date           date not null,
    contact_name        varchar(200) not null,
    contact_phone       varchar(50),
    contact_email       varchar(200),
    status              varchar(20) not null,
    decision_reason     varchar(2000),
    urgent              boolean not null,
    urgency_reason      varchar(2000),
    submitted_on        date not null,
    illustrative        boolean not null default false,
    updated_at          timestamp with time zone not null,
    version             bigint not null,
    constraint transit_request_reference unique (reference),
    constraint transit_request_dates check (exit_date >= entry_date),
    constraint transit_request_personnel check (personnel between 0 and 100000)
);
create index transit_request_by_host on transit_request (host_partner, entry_date);
create index transit_request_by_requester on transit_request (requesting_nation, entry_date);
create index transit_request_by_agreement on transit_request (agreement);

-- Cargo lines in the order the request gives them; dangerous goods carry their UN number.
create table transit_cargo (
    transit_request uuid not null references transit_request (id) on delete cascade,
    position        int not null,
    description     varchar(500) not null,
    quantity        int not null,
    dangerous       boolean not null,
    un_number       varchar(6),
    primary key (transit_request, position),
    constraint transit_cargo_un check (dangerous = false or un_number is not null)
);
