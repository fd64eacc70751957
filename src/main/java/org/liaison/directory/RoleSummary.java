package org.liaison.directory;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * An organisation's role in a partnership, with what a list needs to know of the
 * organisation.
 */
public record RoleSummary(UUID id, NationCode partner, String ref, UUID organisationId, String organisationRef,
		String organisationName, OrganisationKind organisationKind, @Nullable NationCode organisationNation,
		@Nullable String organisationCity, String kind, String kindName, String kindNameFr, @Nullable PartialDate from,
		@Nullable PartialDate until, @Nullable String tasks, @Nullable String milestoneText,
		Releasability releasability, Instant updatedAt, long version) implements Versioned {

	private static final int EXCERPT_LENGTH = 160;

	public RoleData toData() {
		return new RoleData(ref, organisationRef, kind, from, until, tasks, milestoneText, releasability);
	}

	/** The name of its kind in a language: French when asked, English otherwise. */
	public String kindName(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? kindNameFr : kindName;
	}

	/** The start of the tasks, cut at a word, for a table cell. */
	public String tasksExcerpt() {
		if (tasks == null) {
			return "";
		}
		if (tasks.length() <= EXCERPT_LENGTH) {
			return tasks;
		}
		int cut = tasks.lastIndexOf(' ', EXCERPT_LENGTH);
		return tasks.substring(0, cut > 0 ? cut : EXCERPT_LENGTH).stripTrailing() + "…";
	}

}
