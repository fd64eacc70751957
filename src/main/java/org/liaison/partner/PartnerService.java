package org.liaison.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.internal.Accessions;
import org.liaison.partner.internal.Membership;
import org.liaison.partner.internal.MembershipRepository;
import org.liaison.partner.internal.Narrative;
import org.liaison.partner.internal.NarrativeRepository;
import org.liaison.partner.internal.PartnerProfile;
import org.liaison.partner.internal.PartnerProfileRepository;
import org.liaison.partner.internal.PartnerQueries;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner module's API: nations, partner profiles, memberships and narratives. Reads
 * take the reader's {@link Audience}; a record the reader may not see is reported as not
 * found. Writes that name a version refuse to overwrite a newer one, and every write of a
 * membership registers its milestone. The dossier's part is {@link PartnerDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartnerService {

	private final PartnerQueries queries;

	private final Accessions accessions;

	private final PartnerProfileRepository profiles;

	private final MembershipRepository memberships;

	private final NarrativeRepository narratives;

	private final Clock clock;

	// Nations and frameworks (reference data, public)

	public List<NationSummary> nations() {
		return queries.nations();
	}

	/**
	 * The nations a partner may be created for: those without one. An Ally may be one
	 * too, since a partnership's record outlives the accession it led to.
	 */
	public List<NationSummary> nationsWithoutPartner() {
		return queries.nationsWithoutPartner();
	}

	public NationSummary nation(NationCode code) {
		return queries.nation(code).orElseThrow(() -> new RecordNotFoundException("nation", code));
	}

	public List<FrameworkSummary> frameworks() {
		return queries.frameworks();
	}

	// Partners

	public PageOf<PartnerDetails> partners(Audience audience, PageOf.Request page) {
		return queries.partners(audience, page);
	}

	public PartnerDetails partner(NationCode nation, Audience audience) {
		return queries.profile(nation, audience).orElseThrow(() -> new RecordNotFoundException("partner", nation));
	}

	/**
	 * The profile as it read on a day, in the version then in effect; not found when the
	 * partner's profile had no version by that day.
	 */
	public PartnerDetails partner(NationCode nation, Audience audience, LocalDate on) {
		return queries.profileOn(nation, audience, on)
			.orElseThrow(() -> new RecordNotFoundException("partner's profile on " + on + " of", nation));
	}

	/**
	 * The days from which a version of the partner's profile or narratives took effect.
	 */
	public List<LocalDate> versionDays(NationCode partner, Audience audience) {
		return queries.versionDays(partner, audience);
	}

	/** Removes the profile's version effective from a day; its only version stays. */
	@Transactional
	public PartnerDetails removeProfileVersion(NationCode nation, long version, LocalDate effectiveFrom) {
		// A version that is not there is not found, whichever version of the profile is
		// named.
		Optional<PartnerProfile> found = profiles.findByNation(nation);
		if (found.isPresent() && !found.get().hasVersionFrom(effectiveFrom)) {
			throw new RecordNotFoundException("version of the profile effective from", effectiveFrom);
		}
		PartnerProfile profile = Versioned.atVersion(found, version, "partner", nation);
		profile.removeVersion(effectiveFrom);
		profiles.save(profile);
		return partner(nation, Audience.alliance());
	}

	/**
	 * Fails unless the nation is a partner with a profile: every partnership record
	 * belongs to one.
	 */
	public void requirePartner(NationCode nation) {
		if (profiles.findByNation(nation).isEmpty()) {
			throw InvalidInputException.of("partner", "'" + nation + "' is not a partner in Liaison");
		}
	}

	@Transactional
	public PartnerDetails createPartner(NationCode nation, ProfileData data) {
		NationSummary known = queries.nation(nation)
			.orElseThrow(() -> InvalidInputException.of("nation", "'" + nation + "' is not in the list of nations"));
		if (profiles.findByNation(nation).isPresent()) {
			throw InvalidInputException.of("nation", known.name() + " already has a partner profile");
		}
		profiles.save(PartnerProfile.create(nation, data, now()));
		if (known.ally()) {
			// A partnership kept for an Ally: its timeline ends with the accession.
			accessions.recordFor(known);
		}
		return partner(nation, Audience.alliance());
	}

	@Transactional
	public PartnerDetails revisePartner(NationCode nation, long version, ProfileData data) {
		PartnerProfile profile = Versioned.atVersion(profiles.findByNation(nation), version, "partner", nation);
		profile.revise(data, now());
		profiles.save(profile);
		return partner(nation, Audience.alliance());
	}

	// Memberships

	public List<MembershipSummary> memberships(NationCode partner, Audience audience) {
		return queries.memberships(partner, audience);
	}

	public MembershipSummary membership(UUID id, Audience audience) {
		return queries.membership(id, audience).orElseThrow(() -> new RecordNotFoundException("membership", id));
	}

	@Transactional
	public MembershipSummary addMembership(NationCode partner, MembershipData data) {
		requirePartner(partner);
		String frameworkName = frameworkName(data.framework());
		memberships.requireFreeRef(partner, data.refOrDefault(), null);
		Membership membership = memberships
			.save(Membership.start(partner, data, nation(partner).name(), frameworkName, now()));
		return membership(membership.id(), Audience.alliance());
	}

	@Transactional
	public MembershipSummary reviseMembership(UUID id, long version, MembershipData data) {
		Membership membership = memberships.atVersion(id, version, "membership");
		String frameworkName = frameworkName(data.framework());
		memberships.requireFreeRef(membership.partner(), data.refOrDefault(), id);
		membership.revise(data, nation(membership.partner()).name(), frameworkName, now());
		memberships.save(membership);
		return membership(id, Audience.alliance());
	}

	@Transactional
	public void deleteMembership(UUID id, long version) {
		Membership membership = memberships.atVersion(id, version, "membership");
		membership.remove();
		memberships.delete(membership);
	}

	// Narratives

	public List<NarrativeSummary> narratives(NationCode partner, Audience audience) {
		return queries.narratives(partner, audience);
	}

	/**
	 * The narratives as they read on a day; one whose first version took effect later is
	 * not among them.
	 */
	public List<NarrativeSummary> narratives(NationCode partner, Audience audience, LocalDate on) {
		return queries.narrativesOn(partner, audience, on);
	}

	/** Removes the narrative's version effective from a day; its only version stays. */
	@Transactional
	public NarrativeSummary removeNarrativeVersion(UUID id, long version, LocalDate effectiveFrom) {
		Narrative narrative = narratives.atVersion(id, version, "narrative");
		narrative.removeVersion(effectiveFrom);
		narratives.save(narrative);
		return narrative(id, Audience.alliance());
	}

	public NarrativeSummary narrative(UUID id, Audience audience) {
		return queries.narrative(id, audience).orElseThrow(() -> new RecordNotFoundException("narrative", id));
	}

	@Transactional
	public NarrativeSummary addNarrative(NationCode partner, NarrativeData data) {
		requirePartner(partner);
		narratives.requireFreeRef(partner, data.ref(), null);
		Narrative narrative = narratives.save(Narrative.write(partner, data, now()));
		return narrative(narrative.id(), Audience.alliance());
	}

	@Transactional
	public NarrativeSummary reviseNarrative(UUID id, long version, NarrativeData data) {
		Narrative narrative = narratives.atVersion(id, version, "narrative");
		narratives.requireFreeRef(narrative.partner(), data.ref(), id);
		narrative.revise(data, now());
		narratives.save(narrative);
		return narrative(id, Audience.alliance());
	}

	@Transactional
	public void deleteNarrative(UUID id, long version) {
		Narrative narrative = narratives.atVersion(id, version, "narrative");
		narratives.delete(narrative);
	}

	String frameworkName(String code) {
		return queries.frameworks()
			.stream()
			.filter(f -> f.code().equals(code))
			.map(FrameworkSummary::name)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("framework", "'" + code + "' is not a known framework"));
	}

	private Instant now() {
		return clock.instant();
	}

}
