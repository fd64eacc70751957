package org.liaison.dialogue.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

	Optional<Meeting> findByPartnerAndRef(NationCode partner, String ref);

	boolean existsByBody(UUID body);

	@Query("select meeting from dialogue_meeting_action where action_id = :actionId")
	Optional<UUID> findMeetingOfAction(UUID actionId);

}
