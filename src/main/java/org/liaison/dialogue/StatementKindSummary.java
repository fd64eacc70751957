package org.liaison.dialogue;

import java.util.Locale;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A kind of statement, such as a communiqué or a meeting: reference data that
 * administrators keep.
 *
 * @param namesParticipants whether its statements record who met rather than who spoke
 */
public record StatementKindSummary(String code, String name, String nameFr, boolean namesParticipants,
		long version) implements Versioned, ReferenceList.Coded {

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	public StatementKindData toData() {
		return new StatementKindData(code, name, nameFr, namesParticipants);
	}

}
