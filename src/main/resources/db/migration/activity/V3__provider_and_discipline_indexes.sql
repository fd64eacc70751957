-- A provider's own activities (its working pages and the menu's provider filter) and the menu's
-- discipline filter are read by these columns.
create index activity_menu_by_provider on activity_menu (provider);
create index activity_menu_by_discipline on activity_menu (discipline);
