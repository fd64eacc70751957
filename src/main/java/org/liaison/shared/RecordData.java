package org.liaison.shared;

import java.util.List;

import org.liaison.shared.InvalidInputException.Problem;

/**
 * What a person or an import gives to write a record. Field rules are Bean Validation
 * annotations; the rules that tie fields together are {@link #problems()}, which the
 * aggregate enforces and which an import can ask for before it writes anything.
 */
public interface RecordData {

	/** Problems that no single field shows; empty when the data is fine. */
	default List<Problem> problems() {
		return List.of();
	}

}
