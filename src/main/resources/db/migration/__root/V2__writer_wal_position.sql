-- With a read replica: how far the primary's WAL had come at a stateless API caller's last
-- write, so that any instance sends that caller's next reads to the primary until the replica
-- has replayed past it. (A person's position is kept in their session.)
create table writer_wal_position (
    writer       varchar(200) primary key,
    wal_position varchar(40) not null,
    written_at   timestamp with time zone not null
);
