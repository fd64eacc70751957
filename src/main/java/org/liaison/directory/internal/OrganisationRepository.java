package org.liaison.directory.internal;

import java.util.Optional;
import org.liaison.shared.VersionedRepository;

public interface OrganisationRepository extends VersionedRepository<Organisation> {

	Optional<Organisation> findByRef(String ref);

}
