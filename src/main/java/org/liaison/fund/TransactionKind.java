package org.liaison.fund;

/**
 * The kinds of ledger entries, with their IATI 2.03 transaction type codes. A reversal takes the
 * kind of the entry it reverses out of the figures.
 */
public enum TransactionKind {

	PLEDGE("11"), RECEIPT("1"), COMMITMENT("2"), EXPENDITURE("4"), REVERSAL("");

	private final String iatiCode;

	TransactionKind(String iatiCode) {
		this.iatiCode = iatiCode;
	}

	public String iatiCode() {
		return iatiCode;
	}

}
