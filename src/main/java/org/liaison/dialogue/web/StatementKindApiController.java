package org.liaison.dialogue.web;

import org.liaison.dialogue.StatementKindData;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of statement kinds: public to read, kept by administrators.
 */
@RestController
@RequestMapping(StatementKindApiController.PATH)
class StatementKindApiController extends ReferenceListApi<StatementKindData, StatementKindSummary> {

	static final String PATH = "/api/v1/statement-kinds";

	StatementKindApiController(StatementKindService kinds) {
		super(PATH, new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind));
	}

}
