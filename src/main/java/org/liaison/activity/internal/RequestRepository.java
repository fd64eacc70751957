package org.liaison.activity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.liaison.shared.VersionedRepository;
import org.springframework.data.jdbc.repository.query.Query;

public interface RequestRepository extends VersionedRepository<ParticipationRequest> {

	Optional<ParticipationRequest> findByPartnerAndEvent(NationCode partner, UUID event);

	@Query("select * from activity_request where event = :event and status = :status order by requested_at, id")
	List<ParticipationRequest> findByEventAndStatus(UUID event, String status);

}
