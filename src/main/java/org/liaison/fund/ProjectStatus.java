package org.liaison.fund;

import lombok.RequiredArgsConstructor;

/**
 * Where a trust-fund project stands. The stages are ordered; {@link #SUSPENDED} is a
 * pause of execution, from which a project resumes or completes.
 */
@RequiredArgsConstructor
public enum ProjectStatus {

	SCOPING(0, "1"), PROPOSED(1, "1"), FUNDRAISING(2, "1"), IN_EXECUTION(3, "2"), SUSPENDED(3, "6"), COMPLETED(4, "3"),
	CLOSED(5, "4");

	private final int stage;

	private final String iatiCode;

	/** Whether execution has started, whatever became of it since. */
	public boolean launched() {
		return stage >= IN_EXECUTION.stage;
	}

	/** Whether the work is done (completed or closed). */
	public boolean finished() {
		return stage >= COMPLETED.stage;
	}

	/**
	 * The IATI activity status code: 1 pipeline, 2 implementation, 3 finalisation, 4
	 * closed, 6 suspended.
	 */
	public String iatiCode() {
		return iatiCode;
	}

}
