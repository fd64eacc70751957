-- The names an organisation had before its present one (an agency renamed at a reform), with
-- the last date each was used, so that a page as of an earlier day names it as it was named.
create table directory_organisation_former_name (
    organisation uuid not null references directory_organisation (id) on delete cascade,
    name         varchar(200) not null,
    short_name   varchar(60),
    ended_on     varchar(10) not null
);
create index directory_organisation_former_name_by_organisation
    on directory_organisation_former_name (organisation);
