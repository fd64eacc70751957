-- Kinds of joint body become reference data that administrators keep. A body may name one;
-- one whose sources do not say what it is names none.
create table dialogue_body_kind (
    code    varchar(20) primary key,
    name    varchar(200) not null,
    name_fr varchar(200) not null,
    version bigint not null
);
insert into dialogue_body_kind (code, name, name_fr, version) values
    ('COMMISSION', 'Commission', 'Commission', 0),
    ('COUNCIL', 'Council', 'Conseil', 0),
    ('COMMITTEE', 'Committee', 'Comité', 0),
    ('WORKING_GROUP', 'Working group', 'Groupe de travail', 0),
    ('OTHER', 'Other joint body', 'Autre organe conjoint', 0);
alter table dialogue_body add column kind varchar(20);
alter table dialogue_body add constraint dialogue_body_kind_known
    foreign key (kind) references dialogue_body_kind (code);
