package org.liaison.dialogue.web;

import org.liaison.dialogue.StatementKindData;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the kinds of statement.
 */
@Controller
@RequestMapping(StatementKindPageController.PATH)
class StatementKindPageController
		extends ReferenceListPages<StatementKindData, StatementKindData, StatementKindSummary> {

	static final String PATH = "/admin/statement-kinds";

	StatementKindPageController(StatementKindService kinds, FormSubmission forms) {
		super(PATH, "dialogue/statementKindAdmin",
				new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind), forms,
				Form.ofData(() -> new StatementKindData("", "", "", false), StatementKindSummary::toData));
	}

}
