package org.liaison.timeline.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MilestoneRepository extends ListCrudRepository<Milestone, UUID> {

	@Query("select * from timeline_milestone where partner = :partner and ref = :ref and derived = false")
	Optional<Milestone> findManual(NationCode partner, String ref);

	@Query("select * from timeline_milestone where id = :id and derived = false")
	Optional<Milestone> findManual(UUID id);

}
