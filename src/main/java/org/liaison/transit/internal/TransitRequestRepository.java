package org.liaison.transit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface TransitRequestRepository extends ListCrudRepository<TransitRequest, UUID> {

	Optional<TransitRequest> findByReference(String reference);

	@Query("select reference from transit_request where reference like :prefix")
	List<String> referencesLike(@Param("prefix") String prefix);

}
