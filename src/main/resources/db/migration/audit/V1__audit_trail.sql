-- The audit trail: one row per change, appended in the transaction of the change and never
-- updated. Each row carries the hash of its content and of the row before it (a chain), so
-- that a row altered or removed afterwards is found by walking the chain.
create table audit_entry (
    seq             bigint primary key,
    recorded_at     timestamp with time zone not null,
    actor           varchar(64),
    actor_role      varchar(20),
    channel         varchar(10) not null,
    request_id      varchar(40),
    client_address  varchar(64),
    record_kind     varchar(60) not null,
    record_id       varchar(100),
    record_ref      varchar(200),
    owner_id        varchar(100),
    partner         varchar(3),
    releasability   varchar(10),
    action          varchar(20) not null,
    changes         text not null,
    previous_hash   varchar(64) not null,
    hash            varchar(64) not null
);
create index audit_entry_by_record on audit_entry (record_kind, record_id, seq);
create index audit_entry_by_owner on audit_entry (owner_id, seq);
create index audit_entry_by_partner on audit_entry (partner, seq);
create index audit_entry_by_actor on audit_entry (actor, seq);
create index audit_entry_by_time on audit_entry (recorded_at, seq);

-- owner_id: the record this one is part of (a ledger entry's project, a node's plan), whose
-- history shows the entry too.

-- The end of the chain. Its one row is locked by each writer just before commit, so that
-- entries are chained in the order their transactions commit.
create table audit_chain_head (
    id    int primary key,
    seq   bigint not null,
    hash  varchar(64) not null
);
insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
