package org.liaison.audit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTests {

	@Test
	void aCellThatASpreadsheetWouldReadAsAFormulaIsWrittenAsText() {
		assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(AuditCsv.cell("+SUM(A1)")).isEqualTo("'+SUM(A1)");
		assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
		assertThat(AuditCsv.cell("@cmd")).isEqualTo("'@cmd");
		assertThat(AuditCsv.cell("ipap-2015")).isEqualTo("ipap-2015");
		assertThat(AuditCsv.cell(null)).isNull();
	}

}
