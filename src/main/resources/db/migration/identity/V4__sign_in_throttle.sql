-- Failed sign-ins, counted per account (by the username as typed, whether or not such an account
-- exists, so that a lock tells nothing about which accounts exist) and per client address. Kept
-- in the database, not in one instance's memory, so that every instance behind a load balancer
-- counts the same failures and honours the same locks.
create table identity_sign_in_throttle (
    subject_kind      varchar(8) not null,
    subject           varchar(100) not null,
    -- Failures since the window started; set back to none when a lock is set.
    failures          integer not null,
    window_started_at timestamp with time zone not null,
    last_failure_at   timestamp with time zone not null,
    locked_until      timestamp with time zone,
    -- How many locks in a row: each lasts twice as long as the one before.
    lockouts          integer not null,
    constraint identity_sign_in_throttle_pk primary key (subject_kind, subject),
    constraint identity_sign_in_throttle_kind check (subject_kind in ('ACCOUNT', 'ADDRESS'))
);

-- Counts the account's new passwords: a browser session signed in under an older one ends.
alter table identity_account add column password_generation integer not null default 0;
