-- Nations and frameworks become reference data that administrators keep: French names (with the
-- article French puts before a country's name: "la Serbie", "le Japon", "l'Ukraine"), a version
-- so that two administrators never overwrite each other, and a kind for each framework.
alter table partner_nation add column name_fr varchar(100);
alter table partner_nation add column article_fr varchar(3);
alter table partner_nation add column version bigint default 0 not null;

alter table partner_framework add column name_fr varchar(200);
alter table partner_framework add column kind varchar(30) default 'PROGRAMME' not null;
alter table partner_framework add column version bigint default 0 not null;

create table partner_nation_fr (code varchar(3) primary key, name_fr varchar(100) not null, article_fr varchar(3));
insert into partner_nation_fr (code, name_fr, article_fr) values
    ('BEL', 'Belgique', 'la'), ('CAN', 'Canada', 'le'), ('DNK', 'Danemark', 'le'), ('FRA', 'France', 'la'),
    ('ISL', 'Islande', 'l'''), ('ITA', 'Italie', 'l'''), ('LUX', 'Luxembourg', 'le'), ('NLD', 'Pays-Bas', 'les'),
    ('NOR', 'Norvège', 'la'), ('PRT', 'Portugal', 'le'), ('GBR', 'Royaume-Uni', 'le'), ('USA', 'États-Unis', 'les'),
    ('GRC', 'Grèce', 'la'), ('TUR', 'Türkiye', 'la'), ('DEU', 'Allemagne', 'l'''), ('ESP', 'Espagne', 'l'''),
    ('CZE', 'République tchèque', 'la'), ('HUN', 'Hongrie', 'la'), ('POL', 'Pologne', 'la'),
    ('BGR', 'Bulgarie', 'la'), ('EST', 'Estonie', 'l'''), ('LVA', 'Lettonie', 'la'), ('LTU', 'Lituanie', 'la'),
    ('ROU', 'Roumanie', 'la'), ('SVK', 'Slovaquie', 'la'), ('SVN', 'Slovénie', 'la'), ('ALB', 'Albanie', 'l'''),
    ('HRV', 'Croatie', 'la'), ('MNE', 'Monténégro', 'le'), ('MKD', 'Macédoine du Nord', 'la'),
    ('FIN', 'Finlande', 'la'), ('SWE', 'Suède', 'la'),
    ('ARM', 'Arménie', 'l'''), ('AUT', 'Autriche', 'l'''), ('AZE', 'Azerbaïdjan', 'l'''), ('BLR', 'Bélarus', 'le'),
    ('BIH', 'Bosnie-Herzégovine', 'la'), ('GEO', 'Géorgie', 'la'), ('IRL', 'Irlande', 'l'''),
    ('KAZ', 'Kazakhstan', 'le'), ('KGZ', 'République kirghize', 'la'), ('MLT', 'Malte', null),
    ('MDA', 'République de Moldova', 'la'), ('RUS', 'Russie', 'la'), ('SRB', 'Serbie', 'la'),
    ('CHE', 'Suisse', 'la'), ('TJK', 'Tadjikistan', 'le'), ('TKM', 'Turkménistan', 'le'), ('UKR', 'Ukraine', 'l'''),
    ('UZB', 'Ouzbékistan', 'l'''), ('DZA', 'Algérie', 'l'''), ('EGY', 'Égypte', 'l'''), ('ISR', 'Israël', null),
    ('JOR', 'Jordanie', 'la'), ('MRT', 'Mauritanie', 'la'), ('MAR', 'Maroc', 'le'), ('TUN', 'Tunisie', 'la'),
    ('BHR', 'Bahreïn', null), ('KWT', 'Koweït', 'le'), ('QAT', 'Qatar', 'le'), ('ARE', 'Émirats arabes unis', 'les'),
    ('AFG', 'Afghanistan', 'l'''), ('AUS', 'Australie', 'l'''), ('COL', 'Colombie', 'la'), ('IRQ', 'Iraq', 'l'''),
    ('JPN', 'Japon', 'le'), ('KOR', 'République de Corée', 'la'), ('MNG', 'Mongolie', 'la'),
    ('NZL', 'Nouvelle-Zélande', 'la'), ('PAK', 'Pakistan', 'le');
update partner_nation set
    name_fr = (select f.name_fr from partner_nation_fr f where f.code = partner_nation.code),
    article_fr = (select f.article_fr from partner_nation_fr f where f.code = partner_nation.code);
update partner_nation set name_fr = name where name_fr is null;
drop table partner_nation_fr;
alter table partner_nation alter column name_fr set not null;

-- The frameworks of the Alliance's partnerships, past and present; administrators add others.
update partner_framework set kind = 'PARTNERSHIP_FRAMEWORK' where code in ('PFP', 'EAPC', 'MD', 'ICI', 'PAG');
update partner_framework set kind = 'PLANNING_PROCESS' where code = 'PARP';
update partner_framework set name_fr = 'Partenariat pour la paix' where code = 'PFP';
update partner_framework set name_fr = 'Processus de planification et d''examen du PPP' where code = 'PARP';
update partner_framework set name_fr = 'Programme pour la science au service de la paix et de la sécurité' where code = 'SPS';
update partner_framework set name_fr = 'Conseil de partenariat euro-atlantique' where code = 'EAPC';
update partner_framework set name_fr = 'Dialogue méditerranéen' where code = 'MD';
update partner_framework set name_fr = 'Initiative de coopération d''Istanbul' where code = 'ICI';
update partner_framework set name_fr = 'Partenaires dans le monde' where code = 'PAG';
insert into partner_framework (code, name, name_fr, kind) values
    ('NACC', 'North Atlantic Cooperation Council', 'Conseil de coopération nord-atlantique', 'PARTNERSHIP_FRAMEWORK'),
    ('ID', 'Intensified Dialogue', 'Dialogue intensifié', 'PARTNERSHIP_FRAMEWORK'),
    ('MAP', 'Membership Action Plan', 'Plan d''action pour l''adhésion', 'PLANNING_PROCESS'),
    ('PII', 'Partnership Interoperability Initiative', 'Initiative pour l''interopérabilité avec les partenaires', 'INITIATIVE'),
    ('EOP', 'Enhanced Opportunities Partner', 'Partenaire nouvelles opportunités', 'INITIATIVE'),
    ('BI', 'Building Integrity Programme', 'Programme pour le renforcement de l''intégrité', 'PROGRAMME'),
    ('DEEP', 'Defence Education Enhancement Programme', 'Programme de perfectionnement de la formation militaire', 'PROGRAMME'),
    ('DCB', 'Defence and Related Security Capacity Building Initiative', 'Initiative pour le renforcement des capacités de défense et des capacités de sécurité s''y rapportant', 'INITIATIVE');
update partner_framework set name_fr = name where name_fr is null;
alter table partner_framework alter column name_fr set not null;
