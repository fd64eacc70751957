package org.liaison.dialogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionStatus;
import org.liaison.dialogue.ActionSummary;
import org.liaison.dialogue.MeetingParticipant;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.dialogue.PartnerAction;
import org.liaison.dialogue.ReviewedNode;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.VisibleRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of meetings. Every query applies the reader's {@link Audience} to the
 * meeting and to its body, so a meeting is never shown to a reader who may not see its
 * body either; the rows a list of meetings owns come in one query per kind of row for the
 * whole list. Whether an action is overdue is decided against the day the caller passes.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingQueries {

	private final JdbcClient jdbc;

	/** One page of the body's meetings, the newest first. */
	public PageOf<MeetingSummary> meetings(UUID body, Audience audience, PageOf.Request page, LocalDate today) {
		return MEETINGS.page(jdbc, audience, "m.body = :body", Map.of("body", body), page,
				rows -> complete(rows, today));
	}

	/** Every meeting of the partner the reader may see, the newest first, for exports. */
	public List<MeetingSummary> allMeetings(NationCode partner, Audience audience, LocalDate today) {
		return complete(MEETINGS.list(jdbc, audience, "m.partner = :partner", Map.of("partner", partner.value())),
				today);
	}

	public Optional<MeetingSummary> meeting(UUID id, Audience audience, LocalDate today) {
		return MEETINGS.one(jdbc, audience, "m.id = :id", Map.of("id", id))
			.map(row -> complete(List.of(row), today).get(0));
	}

	/** The meeting that set the action, if the reader may see it. */
	public Optional<UUID> meetingOfAction(UUID actionId, Audience audience) {
		return jdbc.sql("""
				select m.id from dialogue_meeting_action a
				join dialogue_meeting m on m.id = a.meeting
				join dialogue_body b on b.id = m.body
				where a.action_id = :actionId and """ + " " + visible(audience))
			.params(audience.sqlParameters())
			.param("actionId", actionId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The partner's follow-up actions the reader may see, those due first (no due day
	 * last), then by meeting; only the overdue ones (open after their due day) when
	 * asked.
	 */
	public List<PartnerAction> actions(NationCode partner, Audience audience, boolean overdueOnly, LocalDate today) {
		String overdue = overdueOnly ? " and a.status = 'OPEN' and a.due_on < :today" : "";
		return jdbc
			.sql("""
					select a.action_id, a.text, a.owner, a.due_on, a.status, a.completed_on,
					       m.id as meeting_id, m.ref as meeting_ref, m.date as meeting_date, m.releasability,
					       b.id as body_id, coalesce(b.short_name, b.name) as body_name
					from dialogue_meeting_action a
					join dialogue_meeting m on m.id = a.meeting
					join dialogue_body b on b.id = m.body
					where m.partner = :partner and %s%s
					order by case when a.due_on is null then 1 else 0 end, a.due_on, m.date desc, m.ref, a.position"""
				.formatted(visible(audience), overdue))
			.params(audience.sqlParameters())
			.param("partner", partner.value())
			.param("today", today)
			.query((rs, n) -> new PartnerAction(action(rs, today), rs.getObject("meeting_id", UUID.class),
					rs.getString("meeting_ref"), PartialDate.parse(rs.getString("meeting_date")),
					rs.getObject("body_id", UUID.class), rs.getString("body_name"),
					Releasability.valueOf(rs.getString("releasability"))))
			.list();
	}

	/** The meeting and its body both, as the reader may see them. */
	private static String visible(Audience audience) {
		return audience.sqlCondition("m.partner", "m.releasability") + " and "
				+ audience.sqlCondition("b.partner", "b.releasability");
	}

	private List<MeetingSummary> complete(List<Row> rows, LocalDate today) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<MeetingParticipant>> participants = children(ids, "name, nation", "dialogue_meeting_participant",
				(rs, n) -> {
					String nation = rs.getString("nation");
					return new MeetingParticipant(rs.getString("name"), nation == null ? null : new NationCode(nation));
				});
		Map<UUID, List<String>> decisions = children(ids, "text", "dialogue_meeting_decision",
				(rs, n) -> rs.getString("text"));
		Map<UUID, List<ActionSummary>> actions = children(ids, "action_id, text, owner, due_on, status, completed_on",
				"dialogue_meeting_action", (rs, n) -> action(rs, today));
		Map<UUID, List<ReviewedNode>> nodes = children(ids, "plan_ref, node_code", "dialogue_meeting_reviewed_node",
				(rs, n) -> new ReviewedNode(rs.getString("plan_ref"), rs.getString("node_code")));
		return rows.stream()
			.map(row -> row.summary(participants.getOrDefault(row.id(), List.of()),
					decisions.getOrDefault(row.id(), List.of()), actions.getOrDefault(row.id(), List.of()),
					nodes.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/**
	 * The rows of one of the tables a meeting owns, for the given meetings, by meeting in
	 * their stored order.
	 */
	private <T> Map<UUID, List<T>> children(List<UUID> meetings, String columns, String table, RowMapper<T> mapper) {
		Map<UUID, List<T>> rows = new LinkedHashMap<>();
		jdbc.sql(
				"select meeting, " + columns + " from " + table + " where meeting in (:ids) order by meeting, position")
			.param("ids", meetings)
			.query(rs -> {
				rows.computeIfAbsent(rs.getObject("meeting", UUID.class), id -> new ArrayList<>())
					.add(mapper.mapRow(rs, rs.getRow()));
			});
		return rows;
	}

	private static ActionSummary action(ResultSet rs, LocalDate today) throws SQLException {
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
		return new ActionSummary(rs.getObject("action_id", UUID.class), rs.getString("text"), rs.getString("owner"),
				dueOn, status, rs.getObject("completed_on", LocalDate.class),
				ActionSummary.overdue(status, dueOn, today));
	}

	// The ISO text of a partial date sorts as the date; ref breaks ties so that pages
	// never overlap or skip a row.
	private static final VisibleRows<Row> MEETINGS = VisibleRows.of("""
			select m.id, m.body, b.ref as body_ref, coalesce(b.short_name, b.name) as body_name, m.partner, m.ref,
			       m.date, m.place, m.agenda, m.releasability, m.illustrative, m.updated_at, m.version""",
			" from dialogue_meeting m join dialogue_body b on b.id = m.body", MeetingQueries::visible,
			" order by m.date desc, m.ref", MeetingQueries::row);

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("body", UUID.class), rs.getString("body_ref"),
				rs.getString("body_name"), new NationCode(rs.getString("partner")), rs.getString("ref"),
				PartialDate.parse(rs.getString("date")), rs.getString("place"), rs.getString("agenda"),
				Releasability.valueOf(rs.getString("releasability")), rs.getBoolean("illustrative"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** A meeting's own columns, waiting for the rows it owns. */
	private record Row(UUID id, UUID body, String bodyRef, String bodyName, NationCode partner, String ref,
			PartialDate date, @Nullable String place, @Nullable String agenda, Releasability releasability,
			boolean illustrative, Instant updatedAt, long version) {

		MeetingSummary summary(List<MeetingParticipant> participants, List<String> decisions,
				List<ActionSummary> actions, List<ReviewedNode> nodes) {
			return new MeetingSummary(id, body, bodyRef, bodyName, partner, ref, date, place, agenda, participants,
					decisions, actions, nodes, releasability, illustrative, updatedAt, version);
		}

	}

}
