package org.liaison.activity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ActivityRepository extends ListCrudRepository<Activity, UUID> {

	Optional<Activity> findByRef(String ref);

}
