package org.liaison.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.activity.ActivityData;
import org.liaison.activity.CalendarTokens;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.NationCode;
import org.liaison.shared.Batches;
import org.liaison.shared.MultiRowInsert;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.liaison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks and counts that the rules of participation need. A decision about an event's
 * seats first locks the event's row ({@link #lockEvent}), so that the seats counted are
 * still the seats taken when the decision is written, whatever other writers do at the
 * same time.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final ApplicationEventPublisher events;

	/** Locks the event's row for the rest of the transaction, if it exists. */
	public Optional<Long> lockEvent(UUID event) {
		return jdbc.sql("select version from activity_event where id = :id for update")
			.param("id", event)
			.query(Long.class)
			.optional();
	}

	/** Seats held by approved, attended and no-show requests of the event. */
	public int seatsTaken(UUID event) {
		return jdbc.sql("""
				select coalesce(sum(seats), 0) from activity_request
				where event = :event and status in ('APPROVED', 'ATTENDED', 'NO_SHOW')""")
			.param("event", event)
			.query(Integer.class)
			.single();
	}

	public boolean areaExists(String code) {
		return jdbc.sql("select count(*) from activity_area where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	public boolean disciplineExists(String code) {
		return jdbc.sql("select count(*) from activity_discipline where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Adds or renames an area of cooperation; answers whether anything changed. */
	public boolean putArea(ReferenceItem item) {
		return put("activity_area", item);
	}

	public boolean putDiscipline(ReferenceItem item) {
		return put("activity_discipline", item);
	}

	private boolean put(String table, ReferenceItem item) {
		Optional<String> name = jdbc.sql("select name from " + table + " where code = :code")
			.param("code", item.code())
			.query(String.class)
			.optional();
		if (name.isEmpty()) {
			jdbc.sql("insert into " + table + " (code, name) values (:code, :name)")
				.param("code", item.code())
				.param("name", item.name().strip())
				.update();
			return true;
		}
		if (!name.get().equals(item.name().strip())) {
			jdbc.sql("update " + table + " set name = :name where code = :code")
				.param("code", item.code())
				.param("name", item.name().strip())
				.update();
			return true;
		}
		return false;
	}

	private static final List<String> COLUMNS = List.of("id", "ref", "title", "description", "area", "discipline",
			"activity_type", "provider", "delivery", "duration_days", "clearance", "eligible_frameworks",
			"eligible_nations", "fee_amount", "fee_currency", "active_from", "active_to", "releasability",
			"illustrative", "updated_at", "version");

	/** The parameters of {@link #bind}, in the order of the columns; the version is 0. */
	private static final List<String> PARAMETERS = List.of("id", "ref", "title", "description", "area", "discipline",
			"type", "provider", "delivery", "duration", "clearance", "frameworks", "nations", "feeAmount",
			"feeCurrency", "activeFrom", "activeTo", "releasability", "illustrative", "at", "version");

	/** Inserts and updates the activities of an import, in batches. */
	public void batchWrite(Map<UUID, ActivityData> created, List<ActivityData> changed, Instant at) {
		batchWrite(created, changed, data -> at);
	}

	/**
	 * Inserts and updates the activities of an import, many rows a statement and a
	 * thousand updates a batch, each with its own time of last change.
	 */
	public void batchWrite(Map<UUID, ActivityData> created, List<ActivityData> changed,
			java.util.function.Function<ActivityData, Instant> at) {
		String update = """
				update activity_menu set title = :title, description = :description, area = :area, discipline = :discipline,
				    activity_type = :type, provider = :provider, delivery = :delivery, duration_days = :duration,
				    clearance = :clearance, eligible_frameworks = :frameworks, eligible_nations = :nations,
				    fee_amount = :feeAmount, fee_currency = :feeCurrency, active_from = :activeFrom, active_to = :activeTo,
				    releasability = :releasability, illustrative = :illustrative, updated_at = :at, version = version + 1
				where ref = :ref""";
		MultiRowInsert.into(template.getJdbcOperations(), "activity_menu", COLUMNS,
				created.entrySet()
					.stream()
					.map(row -> row(row.getKey(), row.getValue(), at.apply(row.getValue())))
					.toList());
		// An update finds its row by the reference; the id bound is not used.
		Batches.each(changed,
				batch -> template.batchUpdate(update,
						batch.stream()
							.map(d -> bind(UUID.randomUUID(), d, at.apply(d)))
							.toArray(MapSqlParameterSource[]::new)));
	}

	private static Object[] row(UUID id, ActivityData d, Instant at) {
		MapSqlParameterSource bound = bind(id, d, at);
		return PARAMETERS.stream().map(bound::getValue).toArray();
	}

	private static MapSqlParameterSource bind(UUID id, ActivityData d, Instant at) {
		return new MapSqlParameterSource().addValue("id", id)
			.addValue("ref", d.ref())
			.addValue("title", d.title())
			.addValue("description", Texts.clean(d.description()))
			.addValue("area", d.area())
			.addValue("discipline", d.discipline())
			.addValue("type", d.type().name())
			.addValue("provider", d.provider())
			.addValue("delivery", d.delivery().name())
			.addValue("duration", d.durationDays())
			.addValue("clearance", d.clearance())
			.addValue("frameworks", String.join(" ", d.frameworks()))
			.addValue("nations", String.join(" ", d.nations().stream().map(NationCode::value).toList()))
			.addValue("feeAmount", d.fee() == null ? null : d.fee().amount())
			.addValue("feeCurrency", d.fee() == null ? null : d.fee().currency().getCurrencyCode())
			.addValue("activeFrom", d.activeFrom())
			.addValue("activeTo", d.activeTo())
			.addValue("releasability", d.releasability().name())
			.addValue("illustrative", d.illustrative())
			.addValue("at", Timestamp.from(at))
			.addValue("version", 0);
	}

	/** Keeps the hash of a calendar token issued to a user for a partner's feed. */
	public void addCalendarToken(String hash, NationCode partner, String username, Instant at) {
		events.publishEvent(new RecordWritten("CalendarToken", partner.value() + "/" + username, username, partner,
				Releasability.PARTNER, "issued", Map.of(), Map.of("account", username)));
		jdbc.sql(
				"insert into activity_calendar_token (token_hash, partner, username, created_at) values (:h, :p, :u, :at)")
			.param("h", hash)
			.param("p", partner.value())
			.param("u", username)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The user a token with this hash was issued to for the partner's feed, if any. */
	public Optional<String> calendarTokenHolder(String hash, NationCode partner) {
		return jdbc.sql("select username from activity_calendar_token where token_hash = :h and partner = :p")
			.param("h", hash)
			.param("p", partner.value())
			.query(String.class)
			.optional();
	}

	/**
	 * How many calendar tokens a user holds for a partner, and when the oldest was
	 * issued.
	 */
	public CalendarTokens calendarTokens(NationCode partner, String username) {
		return jdbc.sql("""
				select count(*) as tokens, min(created_at) as since from activity_calendar_token
				where partner = :p and username = :u""")
			.param("p", partner.value())
			.param("u", username)
			.query((rs, row) -> {
				Timestamp since = rs.getTimestamp("since");
				return new CalendarTokens(rs.getInt("tokens"), since == null ? null : since.toInstant());
			})
			.single();
	}

	/** Revokes every calendar token of a user for a partner; answers how many. */
	public int revokeCalendarTokens(NationCode partner, String username) {
		events.publishEvent(new RecordWritten("CalendarToken", partner.value() + "/" + username, username, partner,
				Releasability.PARTNER, "revoked", Map.of("account", username), Map.of()));
		return jdbc.sql("delete from activity_calendar_token where partner = :p and username = :u")
			.param("p", partner.value())
			.param("u", username)
			.update();
	}

}
