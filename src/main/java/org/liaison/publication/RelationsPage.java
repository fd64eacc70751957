package org.liaison.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Qualifier;

/**
 * The public page of one partner, as published: only what the public may read, in the
 * order the page shows it. It is also the JSON of
 * {@code /api/v1/partners/{code}/relations}.
 *
 * @param on the day the page is shown as of; none for the page as it stands today
 * @param changes the days on which the page changed, latest first: each a day it can be
 * shown as of
 * @param allySince the date the partner's nation joined the Alliance, when it had by the
 * page's day: the page is then the record of a partnership that led to membership
 */
public record RelationsPage(String title, NationCode nation, String partner, @Nullable LocalDate on,
		Instant lastUpdated, List<LocalDate> changes, String summary, @Nullable String policy,
		@Nullable Boolean aspirant, List<Narrative> overview, List<Statement> statements, List<Narrative> framework,
		List<Membership> memberships, List<Agreement> agreements, List<Plan> plans, List<Office> offices,
		List<Body> bodies, List<Narrative> areas, List<Example> examples, List<TrustFund> trustFunds,
		List<Grant> grants, List<Year> evolution, @Nullable PartialDate allySince) {

	/**
	 * A cooperation activity staff published as an example of the partner's
	 * participation.
	 */
	public record Example(String title, String type, String area) {
	}

	/**
	 * A trust-fund project as published: what the records hold as fact. Details marked
	 * illustrative (lead nations, ledger entries) are left out.
	 */
	public record TrustFund(String title, @Nullable String objective, String status, @Nullable PartialDate started,
			@Nullable PartialDate ended, @Nullable String executingAgent, List<NationCode> leadNations,
			List<String> leadNationNames, @Nullable Money budget, @Nullable Money received, @Nullable Money spent,
			List<Output> outputs) {
	}

	public record Output(String label, String unit, @Nullable BigDecimal target, @Nullable BigDecimal achieved,
			@Nullable PartialDate achievedOn, @Nullable String source, @Nullable Qualifier targetQualifier,
			@Nullable Qualifier achievedQualifier) {
	}

	public record Grant(String title, String mechanism, String status, @Nullable PartialDate start,
			@Nullable PartialDate end) {
	}

	/**
	 * @param blocks the paragraphs as text and highlight lists, as the page shows them
	 */
	public record Narrative(String heading, List<String> paragraphs, List<Block> blocks) {
	}

	/** A block of a narrative: a paragraph of text, or a list of highlights. */
	public record Block(@Nullable String text, List<String> items) {
	}

	/**
	 * A plan of the partner, with the plan it followed.
	 *
	 * @param type the plan type's name
	 * @param follows the title of the plan it followed, if that one is published
	 */
	public record Plan(String title, String type, @Nullable PartialDate periodFrom, @Nullable PartialDate periodTo,
			String status, @Nullable String publicSummary, @Nullable String follows) {
	}

	/**
	 * @param since none when no source says when the membership began
	 */
	public record Membership(String framework, @Nullable PartialDate since, @Nullable PartialDate until) {
	}

	public record Agreement(String title, String type, String status, @Nullable PartialDate submittedOn,
			@Nullable PartialDate agreedOn, @Nullable PartialDate inForceOn, @Nullable PartialDate endedOn,
			@Nullable String description, List<String> parties) {
	}

	public record Office(String organisation, String role, @Nullable String city, @Nullable PartialDate from,
			@Nullable PartialDate until, @Nullable String tasks) {
	}

	/**
	 * @param kind the name of its kind in the page's language; none when not known
	 */
	public record Body(String name, @Nullable String shortName, @Nullable String purpose, @Nullable String basis,
			@Nullable String members, @Nullable PartialDate established, List<Meeting> meetings,
			@Nullable String kind) {
	}

	/** A public meeting of a joint body: when, where and who took part. */
	public record Meeting(PartialDate date, @Nullable String place, List<String> participants) {
	}

	public record Statement(String kind, String title, @Nullable String speaker, PartialDate date,
			@Nullable String place, @Nullable String quote, @Nullable String summary, @Nullable String source) {
	}

	public record Year(int year, List<Milestone> milestones) {
	}

	public record Milestone(PartialDate date, String text) {
	}

}
