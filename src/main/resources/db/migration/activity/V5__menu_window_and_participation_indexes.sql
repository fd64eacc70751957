-- The menu is read a page at a time in title order: with the order in an index a page reads
-- its 25 activities, not the whole menu sorted.
create index activity_menu_by_title on activity_menu (title, ref);
-- A partner's participation, counted per area and year, reads its requests of the statuses
-- that hold seats: with the seats in the index it never reads a request's row. The calendar
-- feed reads the same leading columns, so the narrower index of V4 goes.
create index activity_request_seats_by_partner on activity_request (partner, status, event, seats);
drop index activity_request_by_partner;
