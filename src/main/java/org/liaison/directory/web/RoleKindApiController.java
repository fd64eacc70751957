package org.liaison.directory.web;

import org.liaison.directory.RoleKindData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of role kinds: public to read, kept by administrators.
 */
@RestController
@RequestMapping(RoleKindApiController.PATH)
class RoleKindApiController extends ReferenceListApi<RoleKindData, RoleKindSummary> {

	static final String PATH = "/api/v1/role-kinds";

	RoleKindApiController(RoleKindService kinds) {
		super(PATH, new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind));
	}

}
