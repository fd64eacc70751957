-- Meetings of a joint body. A meeting belongs to the body's partner; its date is a partial date
-- in ISO text form (usually a day), which sorts as the dates do.
create table dialogue_meeting (
    id            uuid primary key,
    body          uuid not null references dialogue_body (id),
    partner       varchar(3) not null references partner_nation (code),
    ref           varchar(60) not null,
    date          varchar(10) not null,
    place         varchar(200),
    agenda        varchar(20000),
    releasability varchar(10) not null,
    illustrative  boolean not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint dialogue_meeting_ref unique (partner, ref)
);
create index dialogue_meeting_by_body on dialogue_meeting (body, date);

-- Who took part: organisations and nations, by name, with a nation code where one applies.
create table dialogue_meeting_participant (
    meeting  uuid not null references dialogue_meeting (id) on delete cascade,
    position int not null,
    name     varchar(200) not null,
    nation   varchar(3),
    primary key (meeting, position)
);

-- What the meeting decided, in its order.
create table dialogue_meeting_decision (
    meeting  uuid not null references dialogue_meeting (id) on delete cascade,
    position int not null,
    text     varchar(2000) not null,
    primary key (meeting, position)
);

-- Follow-up actions. Each keeps its own id across revisions of the meeting, so that it can be
-- moved (OPEN -> DONE / DROPPED) by itself; due and completion dates are exact days.
create table dialogue_meeting_action (
    meeting      uuid not null references dialogue_meeting (id) on delete cascade,
    position     int not null,
    action_id    uuid not null,
    text         varchar(1000) not null,
    owner        varchar(200),
    due_on       date,
    status       varchar(10) not null,
    completed_on date,
    primary key (meeting, position),
    constraint dialogue_meeting_action_id unique (action_id)
);
create index dialogue_meeting_action_open on dialogue_meeting_action (status, due_on);

-- Plan nodes the meeting reviewed, by the plan's ref and the node's code. They are references
-- only: the plan module owns the nodes, and nothing here checks that they exist.
create table dialogue_meeting_reviewed_node (
    meeting   uuid not null references dialogue_meeting (id) on delete cascade,
    position  int not null,
    plan_ref  varchar(60) not null,
    node_code varchar(40) not null,
    primary key (meeting, position)
);
