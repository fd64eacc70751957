-- The events of a window of days, with what a partner's programme and calendar feed read of
-- them: their days, the activity and the place. A window of two years at every partnership's
-- scale holds thousands of events; with these columns in the index they are read from it
-- alone, not row by row from the table, and the index still serves every read by the start
-- that the narrower index of V1 served, which goes.
create index activity_event_window on activity_event (start_on, end_on, id, activity, city, nation);
drop index activity_event_by_start;
