package org.liaison.directory;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;

/**
 * A kind of organisation role, such as a liaison office or a contact point embassy:
 * reference data that administrators keep, with the rules its roles follow.
 */
public record RoleKindSummary(String code, String name, String nameFr,
		@Nullable OrganisationKind requiredOrganisationKind, boolean oneAtATime, String milestoneKind,
		String milestoneText, long version) implements Versioned, ReferenceList.Coded {

	/** The name in a language: French when asked, English otherwise. */
	public String name(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? nameFr : name;
	}

	/** What the timeline says of a role's start when the role gives no text. */
	public String milestoneSentence(String organisationName) {
		return milestoneText.replace("{organisation}", organisationName);
	}

	public RoleKindData toData() {
		return new RoleKindData(code, name, nameFr, requiredOrganisationKind, oneAtATime, milestoneKind, milestoneText);
	}

}
