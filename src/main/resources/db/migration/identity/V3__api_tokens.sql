-- Personal API tokens: a credential for scripts that is cheap to check (one indexed lookup instead
-- of a bcrypt hash per call), revoked one by one, and never the person's password. Only the
-- SHA-256 hash of a token is kept; the token itself is answered once, when it is issued.
create table identity_api_token (
    id           uuid primary key,
    username     varchar(64) not null references identity_account (username),
    name         varchar(100) not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    -- Written at most once every few minutes per token, so that calls stay reads.
    last_used_at timestamp with time zone,
    -- Its index leads with username, so it is also the index by which a user's tokens are listed
    -- and counted: a separate index on username alone would only duplicate it.
    constraint identity_api_token_name_per_user unique (username, name)
);
