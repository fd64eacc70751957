package org.liaison.activity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface EventRepository extends ListCrudRepository<Event, UUID> {

	List<Event> findByActivity(UUID activity);

}
