package org.liaison.dialogue.internal;

import java.util.Optional;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.springframework.data.repository.ListCrudRepository;

public interface StatementRepository extends ListCrudRepository<Statement, UUID> {

	Optional<Statement> findByPartnerAndRef(NationCode partner, String ref);

}
