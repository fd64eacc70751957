package org.liaison.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.NodeData;
import org.liaison.plan.RoundData;
import org.liaison.plan.RoundStatus;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the rows a plan owns besides its own: nodes, rounds and assessments. A writer
 * first locks the plan's row ({@link #lock}) and moves its version ({@link #bump}), so
 * that the tree's rules checked before a write still hold when it is written, whatever
 * other writers do.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanStore {

	private final JdbcClient jdbc;

	private final PlanRepository plans;

	private final PlanWrites writes;

	/**
	 * Locks the plan's row for the rest of the transaction and answers its version, if it
	 * exists.
	 */
	public Optional<Long> lock(UUID plan) {
		return jdbc.sql("select version from plan_plan where id = :id for update")
			.param("id", plan)
			.query(Long.class)
			.optional();
	}

	/**
	 * Locks the plan's row for the rest of the transaction and answers the plan, as a
	 * write to what it owns begins.
	 */
	public Plan lockAndLoad(UUID plan) {
		lock(plan).orElseThrow(() -> new RecordNotFoundException("plan", plan));
		return plans.findById(plan).orElseThrow(() -> new RecordNotFoundException("plan", plan));
	}

	public void bump(UUID plan, Instant at) {
		jdbc.sql("update plan_plan set version = version + 1, updated_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", plan)
			.update();
	}

	// Nodes

	/** The nodes of a plan as stored, whoever may see them. */
	public List<StoredNode> nodes(UUID plan) {
		return jdbc.sql("""
				select id, code, parent_code, node_level, position, title, description, lead_organisation, supporters,
				       target_on, target_beyond_plan, capability_area, activity_refs, illustrative, version
				from plan_node where plan = :plan order by position, code""")
			.param("plan", plan)
			.query((rs, n) -> new StoredNode(rs.getObject("id", UUID.class),
					new NodeData(rs.getString("code"), rs.getString("parent_code"), rs.getString("title"),
							rs.getString("description"), rs.getString("lead_organisation"),
							lines(rs.getString("supporters")),
							org.liaison.shared.PartialDate.parseOrNull(rs.getString("target_on")),
							rs.getBoolean("target_beyond_plan"), rs.getString("capability_area"), rs.getInt("position"),
							lines(rs.getString("activity_refs")), rs.getBoolean("illustrative")),
					rs.getInt("node_level"), rs.getLong("version")))
			.list();
	}

	public Optional<UUID> planOfNode(UUID node) {
		return jdbc.sql("select plan from plan_node where id = :id").param("id", node).query(UUID.class).optional();
	}

	/**
	 * Writes the tree as it is to be: rows added, changed (version moved) and removed.
	 * Answers how many of each.
	 */
	public int[] saveTree(UUID plan, List<StoredNode> before, List<StoredNode> after) {
		Map<UUID, StoredNode> old = new HashMap<>();
		before.forEach(n -> old.put(n.id(), n));
		int added = 0;
		int changed = 0;
		java.util.Set<UUID> kept = new java.util.HashSet<>();
		for (StoredNode node : after) {
			kept.add(node.id());
		}
		for (StoredNode node : before) {
			if (!kept.contains(node.id())) {
				jdbc.sql("delete from plan_node where id = :id").param("id", node.id()).update();
			}
		}
		// Codes are unique per plan: a renamed code is first moved out of the way.
		for (StoredNode node : after) {
			StoredNode was = old.get(node.id());
			if (was != null && !was.code().equals(node.code())) {
				jdbc.sql("update plan_node set code = :tmp where id = :id")
					.param("tmp", "~" + node.id().toString().substring(0, 30))
					.param("id", node.id())
					.update();
			}
		}
		for (StoredNode node : after) {
			StoredNode was = old.get(node.id());
			if (was == null) {
				write("""
						insert into plan_node (id, plan, code, parent_code, node_level, position, title, description,
						    lead_organisation, supporters, target_on, target_beyond_plan, capability_area, activity_refs,
						    illustrative, version)
						values (:id, :plan, :code, :parent, :level, :position, :title, :text, :lead, :supporters, :target,
						    :beyond, :area, :activities, :illustrative, 0)""",
						plan, node);
				added++;
			}
			else if (!was.sameAs(node)) {
				write("""
						update plan_node set code = :code, parent_code = :parent, node_level = :level, position = :position,
						    title = :title, description = :text, lead_organisation = :lead, supporters = :supporters,
						    target_on = :target, target_beyond_plan = :beyond, capability_area = :area,
						    activity_refs = :activities, illustrative = :illustrative, version = version + 1
						where id = :id and plan = :plan""",
						plan, node);
				changed++;
			}
		}
		writes.tree(plan, old, after);
		return new int[] { added, changed, (int) before.stream().filter(n -> !kept.contains(n.id())).count() };
	}

	private void write(String sql, UUID plan, StoredNode node) {
		NodeData d = node.data();
		jdbc.sql(sql)
			.param("id", node.id())
			.param("plan", plan)
			.param("code", d.code())
			.param("parent", d.parent())
			.param("level", node.level())
			.param("position", node.position())
			.param("title", d.title().strip())
			.param("text", org.liaison.shared.Texts.clean(d.text()))
			.param("lead", org.liaison.shared.Texts.clean(d.lead()))
			.param("supporters", join(d.supporters()))
			.param("target", d.target() == null ? null : d.target().iso())
			.param("beyond", Boolean.TRUE.equals(d.targetBeyondPlan()))
			.param("area", org.liaison.shared.Texts.clean(d.area()))
			.param("activities", join(d.activities()))
			.param("illustrative", Boolean.TRUE.equals(d.illustrative()))
			.update();
	}

	private static @Nullable String join(List<String> items) {
		return items.isEmpty() ? null : String.join("\n", items);
	}

	static List<String> lines(@Nullable String text) {
		return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
	}

	public boolean hasAssessments(UUID node) {
		return jdbc.sql("select count(*) from plan_assessment where node = :node")
			.param("node", node)
			.query(Long.class)
			.single() > 0;
	}

	// Rounds

	public UUID insertRound(UUID plan, RoundData data) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_round (id, plan, cycle_label, status, opened_on, approved_at, illustrative)
				values (:id, :plan, :cycle, :status, :opened, :approved, :illustrative)""")
			.param("id", id)
			.param("plan", plan)
			.param("cycle", data.cycle().strip())
			.param("status", data.status().name())
			.param("opened", data.openedOn())
			.param("approved", data.status() == RoundStatus.APPROVED ? Timestamp.from(Instant.EPOCH) : null)
			.param("illustrative", Boolean.TRUE.equals(data.illustrative()))
			.update();
		writes.round(plan, id, data);
		return id;
	}

	public void approveRound(UUID plan, UUID round, Instant at) {
		writes.roundApproved(plan, round);
		jdbc.sql("update plan_round set status = 'APPROVED', approved_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", round)
			.update();
	}

	// Assessments

	public UUID insertAssessment(UUID plan, UUID node, AssessmentData data, Instant at) {
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from plan_assessment where plan = :plan")
			.param("plan", plan)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_assessment (id, plan, node, seq, assessed_on, rating, narrative, assessor, source,
				    cycle_label, round_id, releasability, illustrative, recorded_at, version)
				values (:id, :plan, :node, :seq, :on, :rating, :narrative, :assessor, :source, :cycle, :round,
				    :releasability, :illustrative, :at, 0)""")
			.param("id", id)
			.param("plan", plan)
			.param("node", node)
			.param("seq", seq)
			.param("on", data.on())
			.param("rating", data.rating().name())
			.param("narrative", org.liaison.shared.Texts.clean(data.narrative()))
			.param("assessor", org.liaison.shared.Texts.clean(data.assessor()))
			.param("source", data.source().name())
			.param("cycle", org.liaison.shared.Texts.clean(data.cycle()))
			.param("round", data.round())
			.param("releasability", data.releasability().name())
			.param("illustrative", Boolean.TRUE.equals(data.illustrative()))
			.param("at", Timestamp.from(at))
			.update();
		writes.assessmentAdded(plan, id, data);
		return id;
	}

	public void updateAssessment(UUID id, AssessmentData data) {
		writes.assessmentChanging(id, data);
		jdbc.sql(
				"""
						update plan_assessment set assessed_on = :on, rating = :rating, narrative = :narrative, assessor = :assessor,
						    cycle_label = :cycle, illustrative = :illustrative, version = version + 1
						where id = :id""")
			.param("id", id)
			.param("on", data.on())
			.param("rating", data.rating().name())
			.param("narrative", org.liaison.shared.Texts.clean(data.narrative()))
			.param("assessor", org.liaison.shared.Texts.clean(data.assessor()))
			.param("cycle", org.liaison.shared.Texts.clean(data.cycle()))
			.param("illustrative", Boolean.TRUE.equals(data.illustrative()))
			.update();
	}

	public void deleteAssessment(UUID id) {
		writes.assessmentChanging(id, null);
		jdbc.sql("delete from plan_assessment where id = :id").param("id", id).update();
	}

	public Optional<UUID> planOfAssessment(UUID id) {
		return jdbc.sql("select plan from plan_assessment where id = :id").param("id", id).query(UUID.class).optional();
	}

	public Optional<UUID> planOfRound(UUID id) {
		return jdbc.sql("select plan from plan_round where id = :id").param("id", id).query(UUID.class).optional();
	}

	/**
	 * Removes a plan's tree, rounds and assessments, for a dossier that restates them.
	 */
	public void clear(UUID plan) {
		jdbc.sql("delete from plan_assessment where plan = :plan").param("plan", plan).update();
		jdbc.sql("delete from plan_round where plan = :plan").param("plan", plan).update();
		jdbc.sql("update plan_node set parent_code = null where plan = :plan").param("plan", plan).update();
		jdbc.sql("delete from plan_node where plan = :plan").param("plan", plan).update();
	}

}
