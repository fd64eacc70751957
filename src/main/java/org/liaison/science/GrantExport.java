package org.liaison.science;

import java.time.Instant;
import java.util.List;

/**
 * A grant as the partnership dossier carries it: its data, its submitted reports and the
 * time it last changed. {@link ScienceDossier#importGrant} takes the same three back.
 */
public record GrantExport(GrantData grant, List<ReportData> reports, Instant updatedAt) {

	public GrantExport {
		reports = List.copyOf(reports);
	}

}
