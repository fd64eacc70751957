package org.liaison.timeline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.BatchImport;
import org.liaison.shared.Batches;
import org.liaison.shared.MultiRowInsert;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.liaison.timeline.DossierMilestone;
import org.liaison.timeline.MilestoneData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports a partner's milestones written by hand at once: the stored ones read in one
 * query, each compared by its ref with what the dossier says, the new ones inserted many
 * rows a statement and the changed ones updated in a batch, each write told to the audit
 * trail as a saved milestone is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MilestoneImport {

	private static final List<String> COLUMNS = List.of("id", "partner", "ref", "date", "text", "derived",
			"releasability", "updated_at", "version");

	private static final String UPDATE = """
			update timeline_milestone set date = :date, text = :text, releasability = :releasability,
			    updated_at = :at, version = :version where id = :id""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final ApplicationEventPublisher publisher;

	private record Stored(UUID id, MilestoneData data, long version) {
	}

	private record Write(Stored milestone, Instant at, boolean insert) {
	}

	public BatchImport importAll(NationCode partner, List<DossierMilestone> given) {
		BatchImport result = new BatchImport();
		Map<String, Stored> stored = stored(partner);
		Map<UUID, Write> writes = new LinkedHashMap<>();
		for (DossierMilestone item : given) {
			MilestoneData after = Milestone.write(partner, item.data(), item.updatedAt()).toData();
			Stored before = stored.get(after.ref());
			if (before != null && before.data().equals(after)) {
				result.foundUnchanged();
				continue;
			}
			Stored written = before == null ? new Stored(UUID.randomUUID(), after, 0)
					: new Stored(before.id(), after, before.version() + 1);
			Write earlier = writes.get(written.id());
			writes.put(written.id(),
					new Write(written, item.updatedAt(), earlier != null ? earlier.insert() : before == null));
			stored.put(after.ref(), written);
			publisher.publishEvent(new RecordWritten(Milestone.class.getSimpleName(), written.id().toString(),
					after.ref(), partner, stricter(before, after), before == null ? "created" : "changed",
					before == null ? Map.of() : fields(partner, before.data()), fields(partner, after)));
			result.wrote();
		}
		MultiRowInsert.into(template.getJdbcOperations(), "timeline_milestone", COLUMNS, writes.values()
			.stream()
			.filter(Write::insert)
			.map(w -> new Object[] { w.milestone().id(), partner.value(), w.milestone().data().ref(),
					w.milestone().data().date().iso(), w.milestone().data().text(), false,
					w.milestone().data().releasability().name(), Timestamp.from(w.at()), w.milestone().version() })
			.toList());
		Batches.each(writes.values().stream().filter(w -> !w.insert()).toList(),
				batch -> template.batchUpdate(UPDATE,
						batch.stream()
							.map(w -> new MapSqlParameterSource().addValue("id", w.milestone().id())
								.addValue("date", w.milestone().data().date().iso())
								.addValue("text", w.milestone().data().text())
								.addValue("releasability", w.milestone().data().releasability().name())
								.addValue("at", Timestamp.from(w.at()))
								.addValue("version", w.milestone().version()))
							.toArray(MapSqlParameterSource[]::new)));
		return result;
	}

	private Map<String, Stored> stored(NationCode partner) {
		Map<String, Stored> stored = new HashMap<>();
		jdbc.sql("""
				select id, ref, date, text, releasability, version from timeline_milestone
				where partner = :partner and derived = false""")
			.param("partner", partner.value())
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class),
					new MilestoneData(rs.getString("ref"), PartialDate.parse(rs.getString("date")),
							rs.getString("text"), Releasability.valueOf(rs.getString("releasability"))),
					rs.getLong("version")))
			.list()
			.forEach(m -> stored.put(m.data().ref(), m));
		return stored;
	}

	private static Releasability stricter(@Nullable Stored before, MilestoneData after) {
		return before == null || after.releasability().compareTo(before.data().releasability()) >= 0
				? after.releasability() : before.data().releasability();
	}

	/** The fields of a milestone as the audit trail shows those of a saved one. */
	private static Map<String, @Nullable String> fields(NationCode partner, MilestoneData data) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("partner", partner.value());
		fields.put("ref", data.ref());
		fields.put("date", data.date().iso());
		fields.put("text", data.text());
		fields.put("releasability", data.releasability().name());
		return fields;
	}

}
