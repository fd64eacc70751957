package org.liaison.shared;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The store of one kind of versioned record, with the load that every change starts from:
 * the record, if it is still at the version the change was based on.
 *
 * @param <A> the kind of record
 */
@NoRepositoryBean
public interface VersionedRepository<A extends Versioned> extends ListCrudRepository<A, UUID> {

	/**
	 * The record a change is about, if it is still at the version the change was based
	 * on.
	 * @param kind what the record is called in a message ("agreement", "joint body")
	 * @throws RecordNotFoundException when there is no such record
	 * @throws StaleRecordException when someone changed it since
	 */
	default A atVersion(UUID id, long version, String kind) {
		return Versioned.atVersion(findById(id), version, kind, id);
	}

}
