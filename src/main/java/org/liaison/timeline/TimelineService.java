package org.liaison.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versioned;
import org.liaison.timeline.internal.Milestone;
import org.liaison.timeline.internal.MilestoneRepository;
import org.liaison.timeline.internal.TimelineQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline module's API. Milestones come back in date order ("2003" before "April
 * 2011" before "19 April 2013"); only those written by hand can be changed here. The
 * dossier's part is {@link TimelineDossier}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TimelineService {

	private final TimelineQueries queries;

	private final MilestoneRepository milestones;

	private final PartnerService partners;

	private final Clock clock;

	public List<MilestoneSummary> timeline(NationCode partner, Audience audience) {
		return queries.all(partner, audience);
	}

	public PageOf<MilestoneSummary> timeline(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.page(partner, audience, page);
	}

	/**
	 * The page of its partner's timeline, of pages of the given size, on which the reader
	 * finds a milestone.
	 */
	public PageOf.Request pageOf(UUID milestone, Audience audience, int size) {
		long place = queries.place(milestone, audience)
			.orElseThrow(() -> new RecordNotFoundException("milestone", milestone));
		PageOf.Request pages = new PageOf.Request(0, size);
		return new PageOf.Request((int) (place / pages.size()), pages.size());
	}

	public MilestoneSummary milestone(UUID id, Audience audience) {
		return queries.one(id, audience).orElseThrow(() -> new RecordNotFoundException("milestone", id));
	}

	@Transactional
	public MilestoneSummary add(NationCode partner, MilestoneData data) {
		partners.requirePartner(partner);
		requireFreeRef(partner, data.refOrDefault(), null);
		Milestone milestone = milestones.save(Milestone.write(partner, data, clock.instant()));
		return milestone(milestone.id(), Audience.alliance());
	}

	@Transactional
	public MilestoneSummary revise(UUID id, long version, MilestoneData data) {
		Milestone milestone = Versioned.atVersion(Optional.of(manual(id)), version, "milestone", id);
		requireFreeRef(milestone.partner(), data.refOrDefault(), id);
		milestone.revise(data, clock.instant());
		milestones.save(milestone);
		return milestone(id, Audience.alliance());
	}

	@Transactional
	public void delete(UUID id, long version) {
		Milestone milestone = Versioned.atVersion(Optional.of(manual(id)), version, "milestone", id);
		milestones.delete(milestone);
	}

	private Milestone manual(UUID id) {
		return milestones.findManual(id).orElseThrow(() -> {
			if (milestones.existsById(id)) {
				return new RuleViolationException(
						"This milestone is derived from another record; change that record and the timeline follows");
			}
			return new RecordNotFoundException("milestone", id);
		});
	}

	private void requireFreeRef(NationCode partner, String ref, UUID self) {
		milestones.findManual(partner, ref).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw InvalidInputException.of("ref", "The reference '" + ref + "' is taken");
		});
	}

}
