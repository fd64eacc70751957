-- Kinds of organisation role become reference data that administrators keep: today's kinds with
-- the labels the pages gave them in English and French, and as attributes of the kind the rules
-- that hung on particular kinds: the kind of organisation a role needs (a contact point embassy
-- is an embassy), whether a partner has one at a time (its contact point embassy), and what the
-- timeline says when the role starts ({organisation} stands for the organisation's name).
-- A partner's mission to NATO and its liaison office at SHAPE are kinds the list lacked.
create table directory_role_kind (
    code                       varchar(30) primary key,
    name                       varchar(200) not null,
    name_fr                    varchar(200) not null,
    required_organisation_kind varchar(30),
    one_at_a_time              boolean not null,
    milestone_kind             varchar(20) not null,
    milestone_text             varchar(300) not null,
    version                    bigint not null
);
insert into directory_role_kind (code, name, name_fr, required_organisation_kind, one_at_a_time, milestone_kind,
                                 milestone_text, version) values
    ('LIAISON_OFFICE', 'Liaison office', 'Bureau de liaison', null, false, 'established',
     '{organisation} is established.', 0),
    ('CONTACT_POINT_EMBASSY', 'NATO Contact Point Embassy', 'Ambassade point de contact de l’OTAN', 'EMBASSY', true,
     'appointed', '{organisation} becomes the NATO Contact Point Embassy.', 0),
    ('PARTNERSHIP_TRAINING_CENTRE', 'Partnership Training and Education Centre',
     'Centre de formation et d’entraînement au partenariat', 'TRAINING_CENTRE', false, 'recognised',
     '{organisation} is recognised as a Partnership Training and Education Centre.', 0),
    ('EXECUTING_AGENT', 'Executing agent', 'Agent d’exécution', null, false, 'started',
     '{organisation} becomes an executing agent of the partnership.', 0),
    ('TRAINING_PROVIDER', 'Training provider', 'Prestataire de formation', null, false, 'started',
     '{organisation} begins to offer training to the partner.', 0),
    ('OTHER', 'Other role', 'Autre rôle', null, false, 'started', '{organisation} takes up its role in the partnership.', 0),
    ('PARTNER_MISSION', 'Partner''s mission to NATO', 'Mission du partenaire auprès de l’OTAN', null, false,
     'established', '{organisation} is established.', 0),
    ('PARTNER_LIAISON_AT_SHAPE', 'Partner''s liaison office at SHAPE', 'Bureau de liaison du partenaire au SHAPE',
     null, false, 'established', '{organisation} is established.', 0);
alter table directory_role add constraint directory_role_kind_known
    foreign key (kind) references directory_role_kind (code);
