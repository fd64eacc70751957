-- Types of plan are reference data that administrators keep through the API: each has its
-- name in French beside the English one, and a version so that two administrators never
-- overwrite each other. An aspirant's Annual National Programme and a partner's own reform
-- programme are types the list lacked.
alter table plan_type add column name_fr varchar(200);
alter table plan_type add column version bigint default 0 not null;

update plan_type set name_fr = 'Programme de partenariat individuel' where code = 'IPP';
update plan_type set name_fr = 'Programme individuel de partenariat et de coopération' where code = 'IPCP';
update plan_type set name_fr = 'Plan d''action individuel pour le Partenariat' where code = 'IPAP';
update plan_type set name_fr = 'Programme de partenariat individuel adapté' where code = 'ITPP';
update plan_type set name_fr = 'Processus de planification et d''examen' where code = 'PARP';
update plan_type set name_fr = name where name_fr is null;
alter table plan_type alter column name_fr set not null;

insert into plan_type (code, name, name_fr) values
    ('ANP', 'Annual National Programme', 'Programme national annuel'),
    ('REFORM', 'National reform programme', 'Programme national de réformes');
insert into plan_type_level (plan_type, position, name) values
    ('ANP', 0, 'chapter'), ('ANP', 1, 'objective'), ('ANP', 2, 'action'),
    ('REFORM', 0, 'area of reform'), ('REFORM', 1, 'objective'), ('REFORM', 2, 'action');
