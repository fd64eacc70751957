package org.liaison.fund;

import lombok.RequiredArgsConstructor;

/**
 * The kinds of ledger entries, with their IATI 2.03 transaction type codes. A reversal
 * takes the kind of the entry it reverses out of the figures.
 */
@RequiredArgsConstructor
public enum TransactionKind {

	PLEDGE("11"), RECEIPT("1"), COMMITMENT("2"), EXPENDITURE("4"), REVERSAL("");

	private final String iatiCode;

	public String iatiCode() {
		return iatiCode;
	}

	/**
	 * Whether a project's executing agent records entries of this kind on its own
	 * projects. Commitments (the contracts it signs) and expenditures (what it pays out)
	 * are its own acts, which it knows first hand and reports to the donors. Pledges and
	 * receipts are the donors' money coming into the trust fund: the donors promise it
	 * and NATO staff, who hold the fund's account, confirm it arrived, so an agent never
	 * raises the funds it may spend.
	 */
	public boolean reportedByAgent() {
		return this == COMMITMENT || this == EXPENDITURE;
	}

}
