package org.liaison.partner.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.MembershipData;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.partner.MembershipRevised;
import org.liaison.partner.MembershipStarted;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner's membership of a framework. It cannot end before it began.
 */
@Table("partner_membership")
public class Membership extends PartnerRecord<Membership> {

	static final String SOURCE_TYPE = "membership";

	private String ref;

	private String framework;

	private @Nullable PartialDate since;

	private @Nullable PartialDate until;

	private @Nullable String note;

	private @Nullable String milestoneText;

	private Releasability releasability;

	private Instant updatedAt;

	Membership(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * A membership that began as the data says.
	 * @param partnerName the partner's and the framework's names, for the sentence of its
	 * milestone when the data gives none
	 */
	public static Membership start(NationCode partner, MembershipData data, String partnerName, String frameworkName,
			Instant at) {
		Membership membership = of(partner, data, at);
		membership.registerEvent(started -> new MembershipStarted(started.facts(partnerName, frameworkName)));
		return membership;
	}

	private static Membership of(NationCode partner, MembershipData data, Instant at) {
		checkDates(data);
		Membership membership = new Membership(UUID.randomUUID(), partner);
		membership.apply(data, at);
		return membership;
	}

	public void revise(MembershipData data, String partnerName, String frameworkName, Instant at) {
		checkDates(data);
		apply(data, at);
		registerEvent(revised -> new MembershipRevised(revised.facts(partnerName, frameworkName)));
	}

	private void apply(MembershipData data, Instant at) {
		this.ref = data.refOrDefault();
		this.framework = data.framework();
		this.since = data.since();
		this.until = data.until();
		this.note = Texts.clean(data.note());
		this.milestoneText = Texts.clean(data.milestoneText());
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/** Before the membership is deleted: its milestone goes with it. */
	public void remove() {
		registerEvent(removed -> new MembershipRevised(removed.removedFacts()));
	}

	/**
	 * Whether the membership already says what the data says, once the data is written as
	 * the membership would write it: an import that finds so writes nothing.
	 */
	public boolean holds(MembershipData data) {
		return toData().equals(of(partner(), data, updatedAt).toData());
	}

	MembershipData toData() {
		return new MembershipData(ref, framework, since, until, note, milestoneText, releasability);
	}

	private static void checkDates(MembershipData data) {
		InvalidInputException.throwIfAny(data.problems());
	}

	/**
	 * The membership's start as a milestone, in the words given or else a plain sentence;
	 * none when its start is not known.
	 */
	public MilestoneFacts facts(String partnerName, String frameworkName) {
		String text = milestoneText != null ? milestoneText : partnerName + " joins the " + frameworkName + ".";
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), releasability,
				since == null ? List.of() : List.of(new Entry("started", since, text)));
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
	}

	public String ref() {
		return ref;
	}

	public String framework() {
		return framework;
	}

}
