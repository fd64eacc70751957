package org.liaison.dialogue.internal;

import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.shared.NamedCodeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the reference list of body kinds, which holds codes and names.
 */
@Component
public class BodyKindStore extends NamedCodeStore<BodyKindData, BodyKindSummary> {

	BodyKindStore(JdbcClient jdbc) {
		super(jdbc, "dialogue_body_kind", BodyKindData::name, BodyKindData::nameFr, BodyKindSummary::new);
	}

}
