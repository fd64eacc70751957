package org.liaison.shared;

/**
 * The record does not exist, or the reader may not see it: the two are never told apart,
 * so an error never reveals that a hidden record exists.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String kind, Object key) {
		super("No " + kind + " '" + key + "' was found");
	}

}
