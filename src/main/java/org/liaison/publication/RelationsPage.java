package org.liaison.publication;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;

/**
 * The public page of one partner, as published: only what the public may read, in the order
 * the page shows it. It is also the JSON of {@code /api/v1/partners/{code}/relations}.
 */
public record RelationsPage(String title, NationCode nation, String partner, Instant lastUpdated, String summary,
		@Nullable String policy, boolean aspirant, List<Narrative> overview, List<Statement> statements,
		List<Narrative> framework, List<Membership> memberships, List<Agreement> agreements, List<Office> offices,
		List<Body> bodies, List<Narrative> areas, List<Year> evolution) {

	public record Narrative(String heading, List<String> paragraphs) {
	}

	public record Membership(String framework, PartialDate since, @Nullable PartialDate until) {
	}

	public record Agreement(String title, String type, String status, @Nullable PartialDate submittedOn,
			@Nullable PartialDate agreedOn, @Nullable PartialDate inForceOn, @Nullable PartialDate endedOn,
			@Nullable String description, List<String> parties) {
	}

	public record Office(String organisation, String role, @Nullable String city, @Nullable PartialDate from,
			@Nullable PartialDate until, @Nullable String tasks) {
	}

	public record Body(String name, @Nullable String shortName, @Nullable String purpose, @Nullable String basis,
			@Nullable String members, @Nullable PartialDate established) {
	}

	public record Statement(String kind, String title, @Nullable String speaker, PartialDate date,
			@Nullable String place, @Nullable String quote, @Nullable String summary, @Nullable String source) {
	}

	public record Year(int year, List<Milestone> milestones) {
	}

	public record Milestone(PartialDate date, String text) {
	}

}
