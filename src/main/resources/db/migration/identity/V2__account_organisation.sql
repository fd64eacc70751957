-- The organisation of the directory an account works for (by reference): an activity provider
-- keeps its own activities and events. No foreign key: the directory is another module's.
alter table identity_account add column organisation varchar(100);
