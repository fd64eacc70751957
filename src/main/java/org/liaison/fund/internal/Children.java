package org.liaison.fund.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.ProjectStatus;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The rows a project owns, in its order (the list index is their position). */
final class Children {

	private Children() {
	}

	@Table("fund_lead_nation")
	record LeadNation(NationCode nation) {
	}

	@Table("fund_phase")
	record Phase(String name, @Nullable @Column("start_on") PartialDate start,
			@Nullable @Column("end_on") PartialDate end, BigDecimal budget) {
	}

	@Table("fund_status_change")
	record Change(ProjectStatus fromStatus, ProjectStatus toStatus, PartialDate movedOn, String reason) {
	}

}
