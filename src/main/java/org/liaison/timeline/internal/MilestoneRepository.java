package org.liaison.timeline.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.liaison.shared.VersionedRepository;
import org.springframework.data.jdbc.repository.query.Query;

public interface MilestoneRepository extends VersionedRepository<Milestone> {

	@Query("select * from timeline_milestone where partner = :partner and ref = :ref and derived = false")
	Optional<Milestone> findManual(NationCode partner, String ref);

	@Query("select * from timeline_milestone where id = :id and derived = false")
	Optional<Milestone> findManual(UUID id);

}
