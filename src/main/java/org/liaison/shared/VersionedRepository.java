package org.liaison.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

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

	/**
	 * Writes what an import says of a record, so that importing the same thing twice
	 * writes once: a new record when none is stored, a revision of the stored one when it
	 * says otherwise, nothing when it already holds what the import says.
	 * @return whether anything was written
	 */
	default boolean importInto(Optional<A> stored, Predicate<A> holds, Supplier<A> created, Consumer<A> revised) {
		if (stored.isPresent() && holds.test(stored.get())) {
			return false;
		}
		A record = stored.orElseGet(created);
		if (stored.isPresent()) {
			revised.accept(record);
		}
		save(record);
		return true;
	}

}
