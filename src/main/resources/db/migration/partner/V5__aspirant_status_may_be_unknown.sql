-- Whether a partner aspires to membership is left empty when no source says, rather than
-- recorded as "no".
alter table partner_profile alter column aspirant drop not null;
alter table partner_profile_version alter column aspirant drop not null;
