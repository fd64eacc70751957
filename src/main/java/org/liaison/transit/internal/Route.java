package org.liaison.transit.internal;

import java.time.LocalDate;

import org.liaison.transit.TransitRequestData;
import org.springframework.data.relational.core.mapping.Column;

/**
 * Where and when a movement crosses the host partner's territory: in at one point on one
 * day, out at another, along the roads described. Kept as one value because a request's
 * dates and points are given, checked and restated together.
 *
 * @param via the roads taken, as the requester describes them
 */
record Route(String entryPoint, String exitPoint, @Column("route") String via, LocalDate entryDate,
		LocalDate exitDate) {

	static Route of(TransitRequestData data) {
		return new Route(data.entryPoint().strip(), data.exitPoint().strip(), data.route().strip(), data.entryDate(),
				data.exitDate());
	}

}
