-- A partner's requests of one status: its calendar feed (its approved requests, joined to their
-- events by key) and its programme read them by these columns. With the event in the index the
-- feed never reads a request's row.
create index activity_request_by_partner on activity_request (partner, status, event);
