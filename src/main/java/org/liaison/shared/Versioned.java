package org.liaison.shared;

import java.util.Optional;

/**
 * An aggregate whose changes are guarded by its version: a change names the version it
 * was based on, and a newer one is never overwritten.
 */
public interface Versioned {

	long version();

	/**
	 * The record a change is about, if it exists and is still at the version the change
	 * was based on.
	 * @throws RecordNotFoundException when there is no such record
	 * @throws StaleRecordException when someone changed it since
	 */
	static <T extends Versioned> T atVersion(Optional<T> found, long version, String kind, Object key) {
		T record = found.orElseThrow(() -> new RecordNotFoundException(kind, key));
		if (record.version() != version) {
			throw new StaleRecordException(kind, key);
		}
		return record;
	}

}
