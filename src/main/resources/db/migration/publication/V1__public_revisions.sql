-- A partner's public revision: every committed write of the partner's records moves it on, in
-- the write's own transaction, so that a public page's validator is read from one row instead
-- of from the page. The row with scope '*' moves with writes that belong to no one partner
-- (nations, organisations, the menu, reference lists), which any partner's page may show.
create table publication_revision (
    scope    varchar(3) primary key,
    revision bigint     not null
);
