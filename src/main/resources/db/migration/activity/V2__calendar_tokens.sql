-- Tokens that let a calendar client read a partner's iCalendar feed without a password. Only
-- the SHA-256 hash of a token is kept; the token itself is shown once, when it is issued.
create table activity_calendar_token (
    token_hash  varchar(64) primary key,
    partner     varchar(3) not null references partner_nation (code),
    username    varchar(100) not null,
    created_at  timestamp with time zone not null
);
create index activity_calendar_token_by_user on activity_calendar_token (username);
