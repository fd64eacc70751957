package org.liaison.activity.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.shared.VersionedRepository;

public interface EventRepository extends VersionedRepository<Event> {

	List<Event> findByActivity(UUID activity);

}
