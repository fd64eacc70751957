package org.liaison.dialogue.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.BodyData;
import org.liaison.dialogue.BodyEstablished;
import org.liaison.dialogue.BodyRecorded;
import org.liaison.dialogue.BodyRevised;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A body NATO and a partner run together, such as the Serbia/NATO Defence Reform Group.
 * It cannot be dissolved before it was established. Its meetings are kept apart,
 * referring to it by id, so that recording a meeting never contends with an edit of the
 * body for its version.
 */
@Table("dialogue_body")
public class JointBody extends PartnerRecord<JointBody> {

	static final String SOURCE_TYPE = "joint-body";

	private String ref;

	private String name;

	private @Nullable String shortName;

	private String purpose;

	private @Nullable String basis;

	private @Nullable String kind;

	private @Nullable String members;

	private @Nullable PartialDate established;

	private @Nullable PartialDate dissolved;

	private @Nullable String milestoneText;

	private Releasability releasability;

	private Instant updatedAt;

	JointBody(UUID id, NationCode partner) {
		super(id, partner);
	}

	public static JointBody record(NationCode partner, BodyData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		JointBody body = new JointBody(UUID.randomUUID(), partner);
		body.apply(data, at);
		body.registerEvent(recorded -> recorded.established != null ? new BodyEstablished(recorded.facts())
				: new BodyRecorded(recorded.facts()));
		return body;
	}

	public void revise(BodyData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		apply(data, at);
		registerEvent(revised -> new BodyRevised(revised.facts()));
	}

	/** Before the body is deleted: its milestones go with it. */
	public void remove() {
		registerEvent(removed -> new BodyRevised(removed.removedFacts()));
	}

	private void apply(BodyData data, Instant at) {
		this.ref = data.refOrDefault();
		this.name = data.name().strip();
		this.shortName = Texts.clean(data.shortName());
		this.purpose = data.purpose().strip();
		this.basis = Texts.clean(data.basis());
		this.kind = data.kind();
		this.members = Texts.clean(data.members());
		this.established = data.established();
		this.dissolved = data.dissolved();
		this.milestoneText = Texts.clean(data.milestoneText());
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/**
	 * Whether the body already says what the data says, once the data is written as the
	 * body would write it: an import that finds so writes nothing.
	 */
	public boolean holds(BodyData data) {
		return toData().equals(record(partner(), data, updatedAt).toData());
	}

	BodyData toData() {
		return new BodyData(ref, name, shortName, purpose, basis, members, established, dissolved, milestoneText,
				releasability, kind);
	}

	/**
	 * The body's establishment and dissolution as milestones, in the words given or else
	 * a plain sentence. A body with no known dates stands for no milestone.
	 */
	public MilestoneFacts facts() {
		List<Entry> entries = new ArrayList<>();
		if (established != null) {
			entries.add(new Entry("established", established,
					milestoneText != null ? milestoneText : "The " + name + " is established."));
		}
		if (dissolved != null) {
			entries.add(new Entry("dissolved", dissolved, "The " + name + " is dissolved."));
		}
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), releasability, entries);
	}

	/**
	 * The facts after deletion: one version on, so they win over any facts of the live
	 * body.
	 */
	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
	}

	public String ref() {
		return ref;
	}

	/** What a meeting's ref is made from: the short name people use, or else the name. */
	public String shortNameOrName() {
		return shortName != null ? shortName : name;
	}

	public @Nullable PartialDate established() {
		return established;
	}

}
