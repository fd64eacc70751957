-- Browser sessions, kept in the database (Spring Session JDBC) and not in one instance's memory,
-- so that any instance behind the load balancer serves a person who signed in on another, and a
-- restart or a stopped instance signs no one out. The columns are the ones Spring Session reads
-- and writes; times are milliseconds since the epoch, as it keeps them.
create table identity_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval integer not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint identity_session_pk primary key (primary_id)
);

create unique index identity_session_by_session_id on identity_session (session_id);
-- The clean-up deletes expired sessions by this.
create index identity_session_by_expiry on identity_session (expiry_time);
create index identity_session_by_principal on identity_session (principal_name);

create table identity_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint identity_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint identity_session_attributes_session foreign key (session_primary_id)
        references identity_session (primary_id) on delete cascade
);
