package org.liaison.agreement.internal;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Writes to the reference list of agreement types. A type's code is its id, given by the
 * person who adds it, so a new type is always inserted, never saved over another; a
 * revision changes the row only if it is still at the version it was based on.
 */
public interface AgreementTypeRepository extends Repository<AgreementType, String> {

	boolean existsById(String code);

	@Modifying
	@Query("insert into agreement_type (code, name, name_fr, version) values (:code, :name, :nameFr, 0)")
	void insert(String code, String name, String nameFr);

	/**
	 * @return 1 when the type was at that version (and so was changed), else 0
	 */
	@Modifying
	@Query("""
			update agreement_type set name = :name, name_fr = :nameFr, version = version + 1
			where code = :code and version = :version""")
	int revise(String code, long version, String name, String nameFr);

}
