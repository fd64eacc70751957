create table identity_account (
    id            uuid primary key,
    username      varchar(64) not null unique,
    password_hash varchar(100) not null,
    role          varchar(20) not null,
    nation        varchar(3),
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    version       bigint not null
);
