package org.liaison.plan.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.RoundData;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces what {@link PlanStore} writes with its own SQL (nodes, rounds, assessments),
 * as {@link RecordWritten} events, so that the audit trail records them as it records the
 * plan itself. Each names the plan's partner, and the stricter of the plan's and the
 * record's own releasability.
 */
@Component
@RequiredArgsConstructor
class PlanWrites {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private record Owner(UUID id, String ref, NationCode partner, Releasability releasability) {
	}

	void tree(UUID plan, Map<UUID, StoredNode> before, List<StoredNode> after) {
		Owner owner = owner(plan);
		java.util.Set<UUID> kept = new java.util.HashSet<>();
		for (StoredNode node : after) {
			kept.add(node.id());
			StoredNode was = before.get(node.id());
			if (was == null || !was.sameAs(node)) {
				publish(owner, "PlanNode", node.id(), node.code(), owner.releasability(),
						was == null ? "created" : "changed", was == null ? Map.of() : fields(was), fields(node));
			}
		}
		before.values()
			.stream()
			.filter(node -> !kept.contains(node.id()))
			.forEach(node -> publish(owner, "PlanNode", node.id(), node.code(), owner.releasability(), "deleted",
					fields(node), Map.of()));
	}

	void round(UUID plan, UUID round, RoundData data) {
		Owner owner = owner(plan);
		publish(owner, "AssessmentRound", round, data.cycle().strip(), owner.releasability(), "created", Map.of(),
				RecordWritten.fieldsOf(data));
	}

	void roundApproved(UUID plan, UUID round) {
		Owner owner = owner(plan);
		publish(owner, "AssessmentRound", round, null, owner.releasability(), "moved", Map.of("status", "OPEN"),
				Map.of("status", "APPROVED"));
	}

	void assessmentAdded(UUID plan, UUID assessment, AssessmentData data) {
		Owner owner = owner(plan);
		publish(owner, "Assessment", assessment, data.node(), stricter(owner, data.releasability()), "created",
				Map.of(), assessed(data));
	}

	/**
	 * Announces a change or (with no data) the removal of an assessment; called before
	 * the store writes it, so that the assessment is read as it was.
	 */
	void assessmentChanging(UUID assessment, @Nullable AssessmentData data) {
		var stored = jdbc.sql("""
				select plan, assessed_on, rating, narrative, assessor, cycle_label, illustrative, releasability
				from plan_assessment where id = :id""").param("id", assessment).query((rs, n) -> {
			Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>();
			fields.put("on", rs.getString("assessed_on"));
			fields.put("rating", rs.getString("rating"));
			fields.put("narrative", rs.getString("narrative"));
			fields.put("assessor", rs.getString("assessor"));
			fields.put("cycle", rs.getString("cycle_label"));
			fields.put("illustrative", String.valueOf(rs.getBoolean("illustrative")));
			return Map.entry(rs.getObject("plan", UUID.class),
					Map.entry(Releasability.valueOf(rs.getString("releasability")), fields));
		}).single();
		Owner owner = owner(stored.getKey());
		publish(owner, "Assessment", assessment, null, stricter(owner, stored.getValue().getKey()),
				data == null ? "deleted" : "changed", stored.getValue().getValue(),
				data == null ? Map.of() : assessed(data));
	}

	private static Map<String, @Nullable String> assessed(AssessmentData data) {
		Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>();
		fields.put("on", RecordWritten.text(data.on()));
		fields.put("rating", RecordWritten.text(data.rating()));
		fields.put("narrative", org.liaison.shared.Texts.clean(data.narrative()));
		fields.put("assessor", org.liaison.shared.Texts.clean(data.assessor()));
		fields.put("cycle", org.liaison.shared.Texts.clean(data.cycle()));
		fields.put("illustrative", String.valueOf(Boolean.TRUE.equals(data.illustrative())));
		return fields;
	}

	private static Releasability stricter(Owner owner, @Nullable Releasability own) {
		return own != null && own.compareTo(owner.releasability()) > 0 ? own : owner.releasability();
	}

	private static Map<String, @Nullable String> fields(StoredNode node) {
		Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>(RecordWritten.fieldsOf(node.data()));
		fields.put("level", String.valueOf(node.level()));
		return fields;
	}

	private void publish(Owner owner, String kind, UUID id, @Nullable String ref, Releasability releasability,
			String action, Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		events.publishEvent(new RecordWritten(kind, id.toString(), ref == null ? owner.ref() : owner.ref() + " " + ref,
				owner.partner(), releasability, action, before, after)
			.partOf(owner.id()));
	}

	private Owner owner(UUID plan) {
		return jdbc.sql("select ref, partner, releasability from plan_plan where id = :id")
			.param("id", plan)
			.query((rs, n) -> new Owner(plan, rs.getString("ref"), NationCode.of(rs.getString("partner")),
					Releasability.valueOf(rs.getString("releasability"))))
			.single();
	}

}
