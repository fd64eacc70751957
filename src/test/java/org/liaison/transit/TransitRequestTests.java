package org.liaison.transit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.transit.internal.TransitRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransitRequestTests {

	static final NationCode SERBIA = NationCode.of("SRB");

	static final NationCode GERMANY = NationCode.of("DEU");

	static final Instant NOW = Instant.parse("2015-02-11T09:46:00Z");

	static final LocalDate TODAY = LocalDate.parse("2015-02-11");

	static TransitRequestData data(String entry, String exit, List<CargoLine> cargo, boolean urgent,
			String urgencyReason) {
		return new TransitRequestData(UUID.randomUUID(), null, null, GERMANY, "KFOR German contingent", "KFOR rotation",
				120, 18, "Trucks", cargo, "Horgoš", "Merdare", "Horgoš – Belgrade – Niš – Merdare",
				LocalDate.parse(entry), LocalDate.parse(exit), "Movement control", null, "movcon@example.org", urgent,
				urgencyReason, null, null, false);
	}

	static TransitRequestData data(String entry, String exit) {
		return data(entry, exit, List.of(new CargoLine("Diesel fuel", 40, true, "UN1202")), false, null);
	}

	static TransitRequest submit(TransitRequestData data) {
		return TransitRequest.submit(UUID.randomUUID(), SERBIA, "TR-SRB-2015-0001", GERMANY, data, 10, TODAY, NOW);
	}

	@Test
	void goesThroughTheWholeLifecycle() {
		TransitRequest request = submit(data("2015-03-10", "2015-03-12"));
		assertThat(request.status()).isEqualTo(TransitStatus.SUBMITTED);
		assertThat(request.submittedOn()).isEqualTo(TODAY);

		request.move(TransitAction.REVIEW, null, TODAY, NOW);
		assertThat(request.status()).isEqualTo(TransitStatus.UNDER_REVIEW);
		request.move(TransitAction.APPROVE, "Route agreed", TODAY, NOW);
		assertThat(request.status()).isEqualTo(TransitStatus.APPROVED);
		assertThat(request.decisionReason()).isEqualTo("Route agreed");
		request.move(TransitAction.COMPLETE, null, LocalDate.parse("2015-03-12"), NOW);
		assertThat(request.status()).isEqualTo(TransitStatus.COMPLETED);
	}

	@Test
	void aDecisionNeedsAReviewFirstAndARejectionItsReason() {
		TransitRequest request = submit(data("2015-03-10", "2015-03-12"));
		assertThatThrownBy(() -> request.move(TransitAction.APPROVE, null, TODAY, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("A transit request that is SUBMITTED cannot be approved; take it under review first");

		request.move(TransitAction.REVIEW, null, TODAY, NOW);
		assertThatThrownBy(() -> request.move(TransitAction.REJECT, " ", TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		request.move(TransitAction.REJECT, "Route closed for works", TODAY, NOW);
		assertThat(request.status()).isEqualTo(TransitStatus.REJECTED);
		assertThatThrownBy(() -> request.move(TransitAction.WITHDRAW, null, TODAY, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("it is closed");
	}

	@Test
	void anOpenOrApprovedRequestMayBeWithdrawnButNotACompletedOne() {
		TransitRequest submitted = submit(data("2015-03-10", "2015-03-12"));
		submitted.move(TransitAction.WITHDRAW, null, TODAY, NOW);
		assertThat(submitted.status()).isEqualTo(TransitStatus.WITHDRAWN);

		TransitRequest approved = submit(data("2015-03-10", "2015-03-12"));
		approved.move(TransitAction.REVIEW, null, TODAY, NOW);
		approved.move(TransitAction.APPROVE, null, TODAY, NOW);
		approved.move(TransitAction.WITHDRAW, null, TODAY, NOW);
		assertThat(approved.status()).isEqualTo(TransitStatus.WITHDRAWN);
		assertThatThrownBy(() -> approved.move(TransitAction.COMPLETE, null, LocalDate.parse("2015-04-01"), NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void isCompletedOnlyWhenApprovedAndNotBeforeTheExitDate() {
		TransitRequest request = submit(data("2015-03-10", "2015-03-12"));
		assertThatThrownBy(() -> request.move(TransitAction.COMPLETE, null, LocalDate.parse("2015-03-20"), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("only an approved request is completed");
		request.move(TransitAction.REVIEW, null, TODAY, NOW);
		request.move(TransitAction.APPROVE, null, TODAY, NOW);
		assertThatThrownBy(() -> request.move(TransitAction.COMPLETE, null, LocalDate.parse("2015-03-11"), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("exits on 2015-03-12");
		assertThat(request.status()).isEqualTo(TransitStatus.APPROVED);
	}

	@Test
	void aLateRequestIsRefusedWithTheDateByWhichItWouldHaveBeenOnTime() {
		assertThatThrownBy(() -> TransitRequest.submit(UUID.randomUUID(), SERBIA, "TR-SRB-2015-0001", GERMANY,
				data("2015-03-10", "2015-03-12"), 10, LocalDate.parse("2015-03-01"), NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageStartingWith(
					"Entry on 2015-03-10 needs 10 days' notice: the request had to be made by 2015-02-28");

		// On the last day it is on time.
		TransitRequest onTime = TransitRequest.submit(UUID.randomUUID(), SERBIA, "TR-SRB-2015-0001", GERMANY,
				data("2015-03-10", "2015-03-12"), 10, LocalDate.parse("2015-02-28"), NOW);
		assertThat(onTime.urgent()).isFalse();
	}

	@Test
	void anUrgentRequestIsAcceptedLateAndFlagged() {
		TransitRequest request = TransitRequest.submit(UUID.randomUUID(), SERBIA, "TR-SRB-2015-0001", GERMANY,
				data("2015-03-02", "2015-03-02", List.of(), true, "Medical evacuation"), 10,
				LocalDate.parse("2015-03-01"), NOW);
		assertThat(request.urgent()).isTrue();
		assertThat(request.urgencyReason()).isEqualTo("Medical evacuation");

		assertThatThrownBy(() -> data("2015-03-02", "2015-03-02", List.of(), true, " ").problems().forEach(p -> {
			throw new InvalidInputException(List.of(p));
		})).isInstanceOf(InvalidInputException.class).hasMessageContaining("reason for its urgency");
	}

	@Test
	void staffMayMarkAnOpenRequestUrgentWithAReason() {
		TransitRequest request = submit(data("2015-03-10", "2015-03-12"));
		assertThatThrownBy(() -> request.move(TransitAction.URGENT, "", TODAY, NOW))
			.isInstanceOf(InvalidInputException.class);
		request.move(TransitAction.URGENT, "Weather window", TODAY, NOW);
		assertThat(request.urgent()).isTrue();
		assertThat(request.urgencyReason()).isEqualTo("Weather window");
	}

	@Test
	void dangerousGoodsNeedTheirUnNumber() {
		TransitRequestData data = data("2015-03-10", "2015-03-12",
				List.of(new CargoLine("Rations", 10, false, null), new CargoLine("Ammunition", 5, true, null)), false,
				null);
		assertThat(data.problems()).extracting(Problem::field).containsExactly("cargo[1].unNumber");
		assertThat(data.problems().get(0).message()).contains("Ammunition", "UN number");

		assertThatThrownBy(() -> submit(data)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(Problem::field)
				.containsExactly("cargo[1].unNumber"));
	}

	@Test
	void anExitBeforeTheEntryIsRefused() {
		assertThatThrownBy(() -> submit(data("2015-03-10", "2015-03-09"))).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("exitDate");
				assertThat(problem.message()).contains("cannot be before the entry date");
			}));
	}

	@Test
	void thePointOfContactMustBeReachable() {
		TransitRequestData data = new TransitRequestData(null, null, null, GERMANY, "Unit", "KFOR rotation", 1, null,
				null, null, "A", "B", "A – B", LocalDate.parse("2015-03-10"), LocalDate.parse("2015-03-10"), "Someone",
				" ", null, false, null, null, null, false);
		assertThat(data.problems()).extracting(Problem::field).containsExactly("contactPhone");
	}

}
