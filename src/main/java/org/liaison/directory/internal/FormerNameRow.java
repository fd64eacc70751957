package org.liaison.directory.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.FormerName;
import org.liaison.shared.PartialDate;
import org.springframework.data.relational.core.mapping.Table;

/** A former name as the organisation's aggregate stores it. */
@Table("directory_organisation_former_name")
record FormerNameRow(String name, @Nullable String shortName, PartialDate endedOn) {

	static FormerNameRow of(FormerName name) {
		return new FormerNameRow(name.name().strip(),
				name.shortName() == null || name.shortName().isBlank() ? null : name.shortName().strip(),
				name.endedOn());
	}

	FormerName toName() {
		return new FormerName(name, shortName, endedOn);
	}

}
