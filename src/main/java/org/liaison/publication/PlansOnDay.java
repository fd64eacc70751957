package org.liaison.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.PlanStatus;
import org.liaison.plan.PlanSummary;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * The partner's plans as the page shows them on a day: public ones that are facts, in the
 * order their periods began, each with the plan it followed, so the chain (IPP → IPAP →
 * ITPP, IPCP → ITPP) reads down the list.
 */
final class PlansOnDay {

	private PlansOnDay() {
	}

	/**
	 * The plans the public may read as fact: illustrative plans make a demo richer and
	 * are never published as fact.
	 */
	static List<PlanSummary> published(List<PlanSummary> plans) {
		return plans.stream().filter(p -> p.releasability() == Releasability.PUBLIC && !p.illustrative()).toList();
	}

	/**
	 * The published plans whose period had begun by the day, as the page shows them; a
	 * predecessor that is not among them is not named.
	 */
	static List<RelationsPage.Plan> of(List<PlanSummary> plans, Map<String, String> typeNames, PageDay day) {
		List<PlanSummary> shown = plans.stream()
			.filter(p -> day.began(p.periodFrom()))
			.sorted(Comparator.comparing(PlanSummary::periodFrom, Comparator.nullsLast(PartialDate::compareTo)))
			.toList();
		return shown.stream()
			.map(p -> new RelationsPage.Plan(p.title(), typeNames.getOrDefault(p.type(), p.type()), p.periodFrom(),
					p.periodTo(), status(p, day).name(), p.publicSummary(), predecessorTitle(p, shown)))
			.toList();
	}

	private static @Nullable String predecessorTitle(PlanSummary plan, List<PlanSummary> shown) {
		if (plan.predecessor() == null) {
			return null;
		}
		return shown.stream()
			.filter(p -> Objects.equals(p.ref(), plan.predecessor()))
			.map(PlanSummary::title)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Its status on the day. A plan's moves are not dated, only its period: one that has
	 * since ended or been superseded was still in force on a day before its period's end.
	 */
	static PlanStatus status(PlanSummary plan, PageDay day) {
		boolean over = plan.status() == PlanStatus.COMPLETED || plan.status() == PlanStatus.SUPERSEDED;
		if (day.past() && over && plan.periodTo() != null && day.reached(plan.periodTo()) == null) {
			return PlanStatus.IN_FORCE;
		}
		return plan.status();
	}

}
