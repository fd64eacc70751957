package org.liaison.transit.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.shared.VersionedRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface TransitRequestRepository extends VersionedRepository<TransitRequest> {

	Optional<TransitRequest> findByReference(String reference);

	@Query("select reference from transit_request where reference like :prefix")
	List<String> referencesLike(@Param("prefix") String prefix);

}
