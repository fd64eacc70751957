package org.liaison.plan;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.plan.internal.PlanTree;
import org.liaison.plan.internal.TreeCsv;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTreeTests {

	static NodeData node(String code, String parent, String target) {
		return new NodeData(code, parent, "Node " + code, null, null, null,
				target == null ? null : PartialDate.parse(target), false, null, null, null, false);
	}

	static List<String> problems(int levels, String end, NodeData... nodes) {
		return PlanTree.problems(Arrays.asList(nodes), levels, PartialDate.parse(end), (n, f) -> n.code() + "." + f)
			.stream()
			.map(p -> p.field() + ": " + p.message())
			.toList();
	}

	@Test
	void aGoodTreeHasNoProblems() {
		assertThat(problems(3, "2016", node("1", null, null), node("1.1", "1", "2016-06"), node("1.1.1", "1.1", null)))
			.isEmpty();
	}

	@Test
	void codesAreUniqueWithinAPlan() {
		assertThat(problems(3, "2016", node("1", null, null), node("1", null, null))).singleElement()
			.asString()
			.contains("used twice");
	}

	@Test
	void noCycles() {
		assertThat(problems(5, "2016", node("a", "b", null), node("b", "a", null))).isNotEmpty()
			.allMatch(p -> p.contains("cycle"));
		assertThat(problems(5, "2016", node("a", "a", null))).singleElement().asString().contains("own parent");
	}

	@Test
	void noDeeperThanTheTypesLevels() {
		assertThat(problems(2, "2016", node("1", null, null), node("1.1", "1", null), node("1.1.1", "1.1", null)))
			.singleElement()
			.asString()
			.contains("1.1.1.parent")
			.contains("2 levels");
	}

	@Test
	void aTargetIsNotAfterThePlansEndUnlessFlagged() {
		assertThat(problems(2, "2016", node("1", null, "2017"))).singleElement().asString().contains("1.target");
		NodeData flagged = new NodeData("1", null, "Beyond", null, null, null, PartialDate.parse("2017"), true, null,
				null, null, false);
		assertThat(problems(2, "2016", flagged)).isEmpty();
	}

	@Test
	void rollupsCountSharesAndTheWorst() {
		Rollup rollup = Rollup
			.of(Arrays.asList(Rating.ACHIEVED, Rating.DELAYED, Rating.CANCELLED, null, Rating.ACHIEVED));
		assertThat(rollup.total()).isEqualTo(5);
		assertThat(rollup.unassessed()).isEqualTo(1);
		assertThat(rollup.achievedPercent()).isEqualTo(50);
		assertThat(rollup.worst()).isEqualTo(Rating.DELAYED);
		assertThat(rollup.count(Rating.ACHIEVED)).isEqualTo(2);
	}

	@Test
	void slippedMeansGotWorse() {
		assertThat(Rating.DELAYED.worseThan(Rating.ON_TRACK)).isTrue();
		assertThat(Rating.ACHIEVED.worseThan(Rating.AT_RISK)).isFalse();
		assertThat(Rating.CANCELLED.worseThan(Rating.ON_TRACK)).isFalse();
		ProgressSummary.Movement movement = new ProgressSummary.Movement(UUID.randomUUID(), "PARP", "G1", "Goal", null,
				Rating.ON_TRACK, Rating.AT_RISK);
		assertThat(movement.slipped()).isTrue();
	}

	@Test
	void theLifecycleAllowsOnlyItsMoves() {
		assertThat(LifecycleMove.from(PlanMove.class, PlanStatus.DRAFT)).containsExactly(PlanMove.SUBMIT);
		assertThat(PlanMove.COMPLETE.allowedFrom(PlanStatus.DRAFT)).isFalse();
		assertThat(LifecycleMove.from(PlanMove.class, PlanStatus.IN_FORCE)).contains(PlanMove.COMPLETE,
				PlanMove.SUPERSEDE);
		assertThat(LifecycleMove.from(PlanMove.class, PlanStatus.SUPERSEDED)).isEmpty();
	}

	@Test
	void csvLinesKeepTheirNumbersAndQuotes() {
		List<TreeCsv.Line> lines = TreeCsv
			.parse("code,parent code,title,lead,target\n1,,\"Chapter, one\",MoD,2016\n\n2,1,Two,,\n");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).number()).isEqualTo(2);
		assertThat(lines.get(0).cells().get(2)).isEqualTo("Chapter, one");
		assertThat(lines.get(1).number()).isEqualTo(4);
	}

}
