package org.liaison.activity.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface EventRepository extends ListCrudRepository<Event, UUID> {

}
