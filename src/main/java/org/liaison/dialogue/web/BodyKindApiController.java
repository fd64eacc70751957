package org.liaison.dialogue.web;

import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.BodyKindService;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of body kinds: public to read, kept by administrators.
 */
@RestController
@RequestMapping(BodyKindApiController.PATH)
class BodyKindApiController extends ReferenceListApi<BodyKindData, BodyKindSummary> {

	static final String PATH = "/api/v1/body-kinds";

	BodyKindApiController(BodyKindService kinds) {
		super(PATH, new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind));
	}

}
