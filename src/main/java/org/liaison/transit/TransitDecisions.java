package org.liaison.transit;

import java.time.Clock;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;
import org.liaison.shared.RuleViolationException;
import org.liaison.transit.internal.TransitRequest;
import org.liaison.transit.internal.TransitRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a transit request once it is made: review, decision, withdrawal,
 * completion and urgency, each an action of {@link TransitAction} that the request itself
 * guards. The decisions are NATO staff's, and the security configuration lets no one else
 * reach them; the Ally's own action (withdraw) takes the acting audience, and an Ally
 * acts on its own nation's requests only.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TransitDecisions {

	private final TransitService transits;

	private final TransitRequestRepository requests;

	private final Clock clock;

	/**
	 * Takes an action as the page or API names it.
	 * @param reason the reason of a decision or of urgency
	 */
	@Transactional
	public TransitRequestSummary act(UUID id, long version, TransitAction action, @Nullable String reason,
			Audience actor) {
		Audience acting = Audience.alliance();
		if (action == TransitAction.WITHDRAW) {
			if (!actor.isNatoStaff() && actor.kind() != Audience.Kind.ALLY) {
				throw new RuleViolationException(
						"Only the requesting Ally or NATO staff may withdraw a transit request");
			}
			// Another Ally's request is not found: the actor may not even see it.
			acting = actor;
		}
		TransitRequest request = transits.load(id, version, acting);
		request.move(action, reason, transits.today(), clock.instant());
		request = requests.save(request);
		return transits.request(request.id(), Audience.alliance());
	}

}
