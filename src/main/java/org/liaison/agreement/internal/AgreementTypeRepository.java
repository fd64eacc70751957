package org.liaison.agreement.internal;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Writes to the reference list of agreement types. A type's code is its id, given by the
 * person who adds it, so a new type is always inserted, never saved over another.
 */
public interface AgreementTypeRepository extends Repository<AgreementType, String> {

	boolean existsById(String code);

	@Modifying
	@Query("insert into agreement_type (code, name) values (:code, :name)")
	void insert(String code, String name);

}
