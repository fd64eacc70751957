package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeVersionData;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.Releasability;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A section of prose on a partner's page. An area of cooperation needs its heading. Its
 * heading and body keep dated versions; the columns hold the latest.
 */
@Table("partner_narrative")
public class Narrative extends PartnerRecord<Narrative> {

	private String ref;

	private NarrativeSection section;

	private String heading;

	private String body;

	private int position;

	private Releasability releasability;

	private Instant updatedAt;

	private @Nullable LocalDate effectiveFrom;

	@MappedCollection(idColumn = "narrative")
	private Set<NarrativeVersion> versions = new HashSet<>();

	Narrative(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * A narrative with the latest version the data gives and the earlier ones a dossier
	 * carries.
	 */
	public static Narrative restated(NationCode partner, NarrativeData latest, List<NarrativeVersionData> earlier,
			Instant at) {
		Narrative narrative = new Narrative(UUID.randomUUID(), partner);
		narrative.restate(latest, earlier, at);
		return narrative;
	}

	public static Narrative write(NationCode partner, NarrativeData data, Instant at) {
		Narrative narrative = new Narrative(UUID.randomUUID(), partner);
		narrative.revise(data, at);
		return narrative;
	}

	public void revise(NarrativeData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.ref = data.ref();
		this.section = data.section();
		this.versions = DatedVersions.revised(versions,
				new NarrativeVersion(data.effectiveFrom(), heading(data), data.body().strip(), at));
		this.position = data.position();
		this.releasability = data.releasability();
		showLatest();
	}

	/**
	 * Writes the latest version the data gives and the earlier ones a dossier carries,
	 * each in the place of the one of its day; versions the dossier does not name stay,
	 * since an import adds and corrects but never deletes.
	 */
	public void restate(NarrativeData latest, List<NarrativeVersionData> earlier, Instant at) {
		if (earlier.isEmpty()) {
			// As a revision: data without a day rewrites the latest version where it
			// stands.
			revise(latest, at);
			return;
		}
		InvalidInputException.throwIfAny(latest.problems());
		DatedVersions.checkEarlier(latest.effectiveFrom(),
				earlier.stream().map(NarrativeVersionData::effectiveFrom).toList());
		this.ref = latest.ref();
		this.section = latest.section();
		this.position = latest.position();
		this.releasability = latest.releasability();
		for (NarrativeVersionData version : earlier) {
			versions = DatedVersions.placed(versions,
					new NarrativeVersion(version.effectiveFrom(),
							Objects.requireNonNullElse(Texts.clean(version.heading()), ""), version.body().strip(),
							Objects.requireNonNullElse(version.updatedAt(), at)));
		}
		versions = DatedVersions.placed(versions,
				new NarrativeVersion(latest.effectiveFrom(), heading(latest), latest.body().strip(), at));
		showLatest();
	}

	/**
	 * Whether the narrative already holds the latest data and every earlier version, in
	 * their words: an import that finds so writes nothing.
	 */
	public boolean holds(NarrativeData latest, List<NarrativeVersionData> earlier) {
		if (!holds(latest)) {
			return false;
		}
		return earlier.stream()
			.allMatch(e -> versions.stream()
				.anyMatch(v -> Objects.equals(v.effectiveFrom(), e.effectiveFrom())
						&& v.heading().equals(Objects.requireNonNullElse(Texts.clean(e.heading()), ""))
						&& v.body().equals(e.body().strip())));
	}

	/** Removes the version effective from a day; the only version stays. */
	public void removeVersion(LocalDate effectiveFrom) {
		this.versions = DatedVersions.without(versions, effectiveFrom, "narrative");
		showLatest();
	}

	private void showLatest() {
		NarrativeVersion latest = DatedVersions.latest(versions);
		this.heading = latest.heading();
		this.body = latest.body();
		this.effectiveFrom = latest.effectiveFrom();
		this.updatedAt = DatedVersions.updatedAt(versions);
	}

	/**
	 * Whether the narrative already says what the data says, once the data is written as
	 * the narrative would write it: an import that finds so writes nothing.
	 */
	public boolean holds(NarrativeData data) {
		// Data without a day rewrites the latest version where it stands, so holds its
		// day.
		return toData().equals(write(partner(), data, updatedAt).toData())
				&& (data.effectiveFrom() == null || data.effectiveFrom().equals(effectiveFrom));
	}

	NarrativeData toData() {
		return new NarrativeData(ref, section, heading, body, position, releasability);
	}

	private static String heading(NarrativeData data) {
		return Objects.requireNonNullElse(Texts.clean(data.heading()), "");
	}

	public String ref() {
		return ref;
	}

}
