package org.liaison.transit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PagedQuery;
import org.liaison.transit.CargoLine;
import org.liaison.transit.TransitRequestSummary;
import org.liaison.transit.TransitStatus;
import org.liaison.transit.TransitTermsSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transit module's read model. Transit requests are narrower than other records:
 * every query applies {@link #visibleTo(Audience)}, so that only NATO staff, the
 * requesting Ally and the host partner ever select, count or export a request.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TransitQueries {

	private static final String COLUMNS = """
			select r.id, r.agreement, r.host_partner, r.reference, r.requesting_nation, r.requesting_unit, r.purpose,
			       r.personnel, r.vehicles, r.vehicle_description, r.entry_point, r.exit_point, r.route,
			       r.entry_date, r.exit_date, r.contact_name, r.contact_phone, r.contact_email, r.status,
			       r.decision_reason, r.urgent, r.urgency_reason, r.submitted_on, r.illustrative, r.updated_at,
			       r.version""";

	private static final String FROM = " from transit_request r";

	private static final String SELECT = COLUMNS + FROM;

	// Those waiting for a decision first; then the movements to come, nearest first; then
	// the
	// past ones, latest first.
	private static final String ORDER = """
			order by case when r.status in ('SUBMITTED', 'UNDER_REVIEW') then 0 else 1 end,
			         case when r.entry_date >= :today then 0 else 1 end,
			         case when r.entry_date >= :today then r.entry_date end asc nulls last,
			         r.entry_date desc, r.reference""";

	private final JdbcClient jdbc;

	/**
	 * The condition, on the alias {@code r} of {@code transit_request}, that keeps only
	 * the requests this audience may see: all of them for NATO staff, its own for an
	 * Ally, those it hosts for a partner, none for anyone else.
	 */
	public static Visibility visibleTo(Audience audience) {
		NationCode nation = audience.nation();
		if (audience.isNatoStaff()) {
			return new Visibility("(1 = 1)", Map.of());
		}
		if (audience.kind() == Audience.Kind.ALLY && nation != null) {
			return new Visibility("(r.requesting_nation = :viewerNation)", Map.of("viewerNation", nation.value()));
		}
		if (audience.kind() == Audience.Kind.PARTNER && nation != null) {
			return new Visibility("(r.host_partner = :viewerNation)", Map.of("viewerNation", nation.value()));
		}
		return new Visibility("(1 = 0)", Map.of());
	}

	public PageOf<TransitRequestSummary> requests(Audience audience, PageOf.Request page, LocalDate today) {
		Visibility visible = visibleTo(audience);
		return PagedQuery.of(jdbc, COLUMNS, FROM + " where " + visible.sql(), ORDER)
			.params(visible.parameters())
			.param("today", today)
			.page(page, TransitQueries::row, rows -> withCargo(rows, visible));
	}

	/** All of a host partner's requests the reader may see, for the dossier. */
	public List<TransitRequestSummary> allRequests(NationCode host, Audience audience) {
		Visibility visible = visibleTo(audience);
		List<Row> rows = jdbc
			.sql(SELECT + " where r.host_partner = :host and " + visible.sql() + " order by r.entry_date, r.reference")
			.params(visible.parameters())
			.param("host", host.value())
			.query(TransitQueries::row)
			.list();
		return withCargo(rows, visible);
	}

	public Optional<TransitRequestSummary> request(UUID id, Audience audience) {
		Visibility visible = visibleTo(audience);
		List<Row> rows = jdbc.sql(SELECT + " where r.id = :id and " + visible.sql())
			.params(visible.parameters())
			.param("id", id)
			.query(TransitQueries::row)
			.list();
		return withCargo(rows, visible).stream().findFirst();
	}

	public Optional<TransitTermsSummary> terms(UUID agreement) {
		return jdbc.sql(
				"select agreement, notice_days, illustrative, updated_at, version from transit_terms where agreement = :agreement")
			.param("agreement", agreement)
			.query(TransitQueries::terms)
			.optional();
	}

	/** The terms of those of the agreements that have them. */
	public List<TransitTermsSummary> terms(Collection<UUID> agreements) {
		if (agreements.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(
				"select agreement, notice_days, illustrative, updated_at, version from transit_terms where agreement in (:agreements)")
			.param("agreements", agreements)
			.query(TransitQueries::terms)
			.list();
	}

	/** The terms of every agreement that has them. */
	public List<TransitTermsSummary> allTerms() {
		return jdbc.sql("select agreement, notice_days, illustrative, updated_at, version from transit_terms")
			.query(TransitQueries::terms)
			.list();
	}

	private List<TransitRequestSummary> withCargo(List<Row> rows, Visibility visible) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<CargoLine>> cargo = new LinkedHashMap<>();
		jdbc.sql("""
				select c.transit_request, c.description, c.quantity, c.dangerous, c.un_number
				from transit_cargo c join transit_request r on r.id = c.transit_request
				where c.transit_request in (:ids) and %s
				order by c.transit_request, c.position""".formatted(visible.sql()))
			.params(visible.parameters())
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				cargo.computeIfAbsent(rs.getObject("transit_request", UUID.class), id -> new ArrayList<>())
					.add(new CargoLine(rs.getString("description"), rs.getInt("quantity"), rs.getBoolean("dangerous"),
							rs.getString("un_number")));
			});
		return rows.stream().map(row -> row.summary(cargo.getOrDefault(row.id(), List.of()))).toList();
	}

	private static TransitTermsSummary terms(ResultSet rs, int n) throws SQLException {
		return new TransitTermsSummary(rs.getObject("agreement", UUID.class), rs.getInt("notice_days"),
				rs.getBoolean("illustrative"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("agreement", UUID.class),
				new NationCode(rs.getString("host_partner")), rs.getString("reference"),
				new NationCode(rs.getString("requesting_nation")), rs.getString("requesting_unit"),
				rs.getString("purpose"), rs.getInt("personnel"), rs.getInt("vehicles"),
				rs.getString("vehicle_description"), rs.getString("entry_point"), rs.getString("exit_point"),
				rs.getString("route"), rs.getObject("entry_date", LocalDate.class),
				rs.getObject("exit_date", LocalDate.class), rs.getString("contact_name"), rs.getString("contact_phone"),
				rs.getString("contact_email"), TransitStatus.valueOf(rs.getString("status")),
				rs.getString("decision_reason"), rs.getBoolean("urgent"), rs.getString("urgency_reason"),
				rs.getObject("submitted_on", LocalDate.class), rs.getBoolean("illustrative"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** A WHERE condition and the parameters it binds. */
	public record Visibility(String sql, Map<String, Object> parameters) {
	}

	/** A request's own columns, waiting for its cargo. */
	private record Row(UUID id, UUID agreement, NationCode host, String reference, NationCode requestingNation,
			String requestingUnit, String purpose, int personnel, int vehicles, String vehicleDescription,
			String entryPoint, String exitPoint, String route, LocalDate entryDate, LocalDate exitDate,
			String contactName, String contactPhone, String contactEmail, TransitStatus status, String decisionReason,
			boolean urgent, String urgencyReason, LocalDate submittedOn, boolean illustrative,
			java.time.Instant updatedAt, long version) {

		TransitRequestSummary summary(List<CargoLine> cargo) {
			return new TransitRequestSummary(id, agreement, host, reference, requestingNation, requestingUnit, purpose,
					personnel, vehicles, vehicleDescription, cargo, entryPoint, exitPoint, route, entryDate, exitDate,
					contactName, contactPhone, contactEmail, status, decisionReason, urgent, urgencyReason, submittedOn,
					illustrative, updatedAt, version);
		}

	}

}
