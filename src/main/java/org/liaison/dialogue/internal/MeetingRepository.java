package org.liaison.dialogue.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.PartnerRecordRepository;
import org.springframework.data.jdbc.repository.query.Query;

public interface MeetingRepository extends PartnerRecordRepository<Meeting> {

	boolean existsByBody(UUID body);

	@Query("select meeting from dialogue_meeting_action where action_id = :actionId")
	Optional<UUID> findMeetingOfAction(UUID actionId);

}
