-- Kinds of statement become reference data that administrators keep: today's kinds with the
-- labels the pages gave them in English and French, and as a flag the one rule that hung on a
-- kind (a meeting's "speaker" names the people who met, and a meeting needs them).
create table dialogue_statement_kind (
    code               varchar(20) primary key,
    name               varchar(200) not null,
    name_fr            varchar(200) not null,
    names_participants boolean not null,
    version            bigint not null
);
insert into dialogue_statement_kind (code, name, name_fr, names_participants, version) values
    ('STATEMENT', 'Statement', 'Déclaration', false, 0),
    ('DECLARATION', 'Declaration', 'Déclaration solennelle', false, 0),
    ('COMMUNIQUE', 'Communiqué', 'Communiqué', false, 0),
    ('SPEECH', 'Speech', 'Discours', false, 0),
    ('MEETING', 'Meeting', 'Rencontre', true, 0),
    ('PRESS_RELEASE', 'Press release', 'Communiqué de presse', false, 0);
alter table dialogue_statement add constraint dialogue_statement_kind_known
    foreign key (kind) references dialogue_statement_kind (code);
