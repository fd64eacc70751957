package org.liaison.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.activity.internal.Activity;
import org.liaison.activity.internal.Event;
import org.liaison.activity.internal.ParticipationRequest;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the aggregates guard on their own, without a database. */
class ParticipationRulesTests {

	static final Instant NOW = Instant.parse("2015-01-10T10:00:00Z");

	static final NationCode UKR = NationCode.of("UKR");

	static ActivityData activity(List<String> frameworks, List<NationCode> nations) {
		return new ActivityData("ACT.396", "Defence budgeting", null, "defence-reform", "defence-planning",
				ActivityType.COURSE, "school", Delivery.RESIDENTIAL, 5, false, frameworks, nations,
				Money.of("100.00", "EUR"), null, null, Releasability.PUBLIC, false);
	}

	static EventData event(LocalDate deadline) {
		return new EventData(LocalDate.parse("2015-03-02"), LocalDate.parse("2015-03-06"), "Krusevac",
				NationCode.of("SRB"), 10, "English", deadline, true, null, false);
	}

	@Test
	void eligibilityIsAFrameworkMembershipOrANamedNation() {
		Activity pfp = Activity.create(activity(List.of("PFP"), List.of()), NOW);
		assertThat(pfp.admits(UKR, List.of("PFP"))).isTrue();
		assertThat(pfp.admits(UKR, List.of("MD"))).isFalse();
		Activity named = Activity.create(activity(List.of("ICI"), List.of(UKR)), NOW);
		assertThat(named.admits(UKR, List.of())).isTrue();
		assertThat(activity(List.of(), List.of()).problems()).isNotEmpty();
	}

	@Test
	void anEventTakesRequestsUntilItsDeadlineAndNeverOnceCancelled() {
		Event event = Event.create(UUID.randomUUID(), event(LocalDate.parse("2015-02-15")), EventStatus.PLANNED, NOW);
		event.requireTakesRequests(LocalDate.parse("2015-02-15"));
		assertThatThrownBy(() -> event.requireTakesRequests(LocalDate.parse("2015-02-16")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("closed on 2015-02-15");
		assertThatThrownBy(() -> event.move(EventStatus.CANCELLED, " ", "ACT.1", NOW))
			.isInstanceOf(InvalidInputException.class);
		event.move(EventStatus.CANCELLED, "No instructors", "ACT.1", NOW);
		assertThatThrownBy(() -> event.requireTakesRequests(LocalDate.parse("2015-01-01")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("cancelled");
		assertThatThrownBy(() -> event.move(EventStatus.OPEN, null, "ACT.1", NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void eventsMoveAlongTheirLifecycleAndAHeldMilestoneIsOneMilestone() {
		Event event = Event.create(UUID.randomUUID(), event(null), EventStatus.PLANNED, NOW);
		assertThat(event.milestones("Exercise", Releasability.PUBLIC, UKR, 0).facts().entries()).isEmpty();
		assertThatThrownBy(() -> event.move(EventStatus.HELD, null, "ACT.1", NOW))
			.isInstanceOf(RuleViolationException.class);
		event.move(EventStatus.OPEN, null, "ACT.1", NOW);
		event.move(EventStatus.CLOSED, null, "ACT.1", NOW);
		event.move(EventStatus.HELD, null, "ACT.1", NOW);
		assertThat(event.milestones("Exercise", Releasability.PUBLIC, UKR, 3).facts().entries()).singleElement()
			.satisfies(e -> assertThat(e.date().iso()).isEqualTo("2015-03-02"));
		assertThatThrownBy(() -> event.move(EventStatus.CANCELLED, "late", "ACT.1", NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void anEventEndsAfterItStartsAndClosesRegistrationBeforeIt() {
		EventData bad = new EventData(LocalDate.parse("2015-03-02"), LocalDate.parse("2015-03-01"), "Krusevac",
				NationCode.of("SRB"), 10, "English", LocalDate.parse("2015-03-05"), false, null, false);
		assertThat(bad.problems()).extracting(p -> p.field()).containsExactly("end", "deadline");
		EventData yearLong = new EventData(LocalDate.parse("2015-01-01"), LocalDate.parse("2016-01-02"), "Krusevac",
				NationCode.of("SRB"), 10, "English", null, false, null, false);
		assertThat(yearLong.problems()).isEmpty();
		EventData tooLong = new EventData(LocalDate.parse("2015-01-01"), LocalDate.parse("2016-01-03"), "Krusevac",
				NationCode.of("SRB"), 10, "English", null, false, null, false);
		assertThat(tooLong.problems()).extracting(p -> p.message())
			.containsExactly("is at most 366 days after the start");
	}

	@Test
	void requestsMoveAlongTheirLifecycle() {
		ParticipationRequest request = ParticipationRequest.create(UKR, UUID.randomUUID(),
				new RequestData(2, 1, null, List.of(), false), NOW);
		assertThatThrownBy(() -> request.move(RequestStatus.ATTENDED, null, NOW))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> request.feedback(5, "Good", NOW)).isInstanceOf(RuleViolationException.class);
		request.move(RequestStatus.WAITLISTED, null, NOW);
		request.move(RequestStatus.APPROVED, null, NOW);
		assertThat(request.status().holdsSeats()).isTrue();
		assertThatThrownBy(() -> request.nominate(List.of(new NomineeData("A", null, null),
				new NomineeData("B", null, null), new NomineeData("C", null, null)), NOW))
			.isInstanceOf(InvalidInputException.class);
		request.move(RequestStatus.ATTENDED, null, NOW);
		assertThatThrownBy(() -> request.feedback(0, null, NOW)).isInstanceOf(InvalidInputException.class);
		request.feedback(4, "Useful", NOW);
		assertThatThrownBy(() -> request.move(RequestStatus.WITHDRAWN, null, NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void aWithdrawnRequestMayBeAskedAgainAndGoesToTheBackOfTheQueue() {
		ParticipationRequest request = ParticipationRequest.create(UKR, UUID.randomUUID(),
				new RequestData(2, 1, null, List.of(), false), NOW);
		assertThatThrownBy(() -> request.renew(new RequestData(1, 1, null, List.of(), false), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("requested");
		request.move(RequestStatus.WITHDRAWN, null, NOW);
		Instant later = NOW.plusSeconds(3600);
		request.renew(new RequestData(1, 2, "IPAP 2.1", List.of(new NomineeData("Olena Petrenko", null, null)), false),
				later);
		assertThat(request.status()).isEqualTo(RequestStatus.REQUESTED);
		assertThat(request.seats()).isEqualTo(1);
		assertThat(request.requestedAt()).isEqualTo(later);
		request.move(RequestStatus.DECLINED, "No seats", later);
		assertThatThrownBy(() -> request.renew(new RequestData(1, 1, null, List.of(), false), later))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("declined");
	}

}
