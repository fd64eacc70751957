-- Trust-fund projects. Dates of the project are partial dates in their ISO text form; money is
-- an exact numeric amount with its ISO 4217 currency code, never a float.
create table fund_project (
    id                         uuid primary key,
    partner                    varchar(3) not null references partner_nation (code),
    ref                        varchar(60) not null,
    title                      varchar(300) not null,
    objective                  varchar(20000),
    lead_nations_illustrative  boolean not null,
    executing_agent            varchar(60),
    sector                     varchar(5) not null,
    currency                   varchar(3) not null,
    planned_start              varchar(10),
    planned_end                varchar(10),
    actual_start               varchar(10),
    actual_end                 varchar(10),
    status                     varchar(20) not null,
    illustrative               boolean not null,
    launch_text                varchar(1000),
    completion_text            varchar(1000),
    releasability              varchar(10) not null,
    updated_at                 timestamp with time zone not null,
    version                    bigint not null,
    constraint fund_project_ref unique (partner, ref)
);
create index fund_project_by_partner on fund_project (partner, releasability);

-- Lead nations in the project's order: Allies or partners.
create table fund_lead_nation (
    project  uuid not null references fund_project (id) on delete cascade,
    position int not null,
    nation   varchar(3) not null references partner_nation (code),
    primary key (project, position)
);

-- Phases; budgets are in the project's currency.
create table fund_phase (
    project  uuid not null references fund_project (id) on delete cascade,
    position int not null,
    name     varchar(200) not null,
    start_on varchar(10),
    end_on   varchar(10),
    budget   numeric(19, 4) not null,
    primary key (project, position)
);

-- Every lifecycle move, with its date and reason.
create table fund_status_change (
    project     uuid not null references fund_project (id) on delete cascade,
    position    int not null,
    from_status varchar(20) not null,
    to_status   varchar(20) not null,
    moved_on    varchar(10) not null,
    reason      varchar(2000) not null,
    primary key (project, position)
);

-- The append-only ledger: rows are inserted, never updated or deleted (a correction is a
-- REVERSAL row naming the sequence number it reverses). The sequence number is unique per
-- project, so two writers can never both append the same next entry.
create table fund_transaction (
    id              uuid primary key,
    project         uuid not null references fund_project (id) on delete cascade,
    seq             int not null,
    kind            varchar(20) not null,
    nation          varchar(3),
    organisation    varchar(60),
    amount          numeric(19, 4) not null,
    currency        varchar(3) not null,
    value_date      date not null,
    in_kind         boolean not null,
    pre_financed_by varchar(3),
    reverses        int,
    note            varchar(2000),
    illustrative    boolean not null,
    recorded_at     timestamp with time zone not null,
    constraint fund_transaction_seq unique (project, seq),
    constraint fund_transaction_positive check (amount > 0)
);

-- Exchange rates as reference data: one unit of currency is worth rate units of base_currency
-- from valid_from on (until a later rate).
create table fund_exchange_rate (
    currency      varchar(3) not null,
    base_currency varchar(3) not null,
    valid_from    date not null,
    rate          numeric(19, 8) not null,
    primary key (currency, base_currency, valid_from),
    constraint fund_exchange_rate_positive check (rate > 0)
);

-- Output indicators and the values achieved over time.
create table fund_output (
    project  uuid not null references fund_project (id) on delete cascade,
    item     varchar(60) not null,
    position int not null,
    label    varchar(300) not null,
    unit     varchar(60) not null,
    baseline numeric(19, 4),
    target   numeric(19, 4),
    primary key (project, item)
);

create table fund_output_value (
    project  uuid not null,
    item     varchar(60) not null,
    value_on varchar(10) not null,
    amount   numeric(19, 4) not null,
    source   varchar(1000),
    primary key (project, item, value_on),
    foreign key (project, item) references fund_output (project, item) on delete cascade
);
