-- Types of agreement are reference data that administrators keep through the API: each has
-- its name in French beside the English one, and a version so that two administrators never
-- overwrite each other. A charter (such as the one that created the NATO-Georgia Commission
-- in 2008) is a type the list lacked.
alter table agreement_type add column name_fr varchar(200);
alter table agreement_type add column version bigint default 0 not null;

update agreement_type set name_fr = 'Document de présentation du PPP' where code = 'PRESENTATION_DOCUMENT';
update agreement_type set name_fr = 'Programme de partenariat individuel' where code = 'IPP';
update agreement_type set name_fr = 'Programme individuel de partenariat et de coopération' where code = 'IPCP';
update agreement_type set name_fr = 'Plan d''action individuel pour le Partenariat' where code = 'IPAP';
update agreement_type set name_fr = 'Programme de partenariat individuel adapté' where code = 'ITPP';
update agreement_type set name_fr = 'Accord de transit' where code = 'TRANSIT';
update agreement_type set name_fr = 'Accord militaro-technique' where code = 'MILITARY_TECHNICAL';
update agreement_type set name_fr = 'Accord de sécurité' where code = 'SECURITY';
update agreement_type set name_fr = 'Accord entre d''autres parties' where code = 'THIRD_PARTY';
update agreement_type set name_fr = 'Autre accord ou document' where code = 'OTHER';
update agreement_type set name_fr = name where name_fr is null;
alter table agreement_type alter column name_fr set not null;

insert into agreement_type (code, name, name_fr) values ('CHARTER', 'Charter', 'Charte');
