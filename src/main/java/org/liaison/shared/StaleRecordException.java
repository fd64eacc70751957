package org.liaison.shared;

/**
 * A write was based on a version of a record that someone else has changed since; it is
 * refused so that the newer change is never overwritten.
 */
public class StaleRecordException extends RuntimeException {

	public StaleRecordException(String kind, Object key) {
		super("The " + kind + " '" + key
				+ "' was changed by someone else since you opened it; reload it and apply your change again");
	}

}
