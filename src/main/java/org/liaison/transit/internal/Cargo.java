package org.liaison.transit.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.transit.CargoLine;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cargo line as stored, in the request's order (the list index is its position).
 */
@Table("transit_cargo")
record Cargo(String description, int quantity, boolean dangerous, @Nullable String unNumber) {

	static Cargo of(CargoLine line) {
		return new Cargo(line.description().strip(), line.quantity(), line.dangerous(),
				line.unNumber() == null || line.unNumber().isBlank() ? null : line.unNumber().strip());
	}

	CargoLine toLine() {
		return new CargoLine(description, quantity, dangerous, unNumber);
	}

}
