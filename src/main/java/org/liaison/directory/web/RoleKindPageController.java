package org.liaison.directory.web;

import org.liaison.directory.RoleKindData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the kinds of organisation role and the rules their roles
 * follow.
 */
@Controller
@RequestMapping(RoleKindPageController.PATH)
class RoleKindPageController extends ReferenceListPages<RoleKindData, RoleKindData, RoleKindSummary> {

	static final String PATH = "/admin/role-kinds";

	RoleKindPageController(RoleKindService kinds, FormSubmission forms) {
		super(PATH, "directory/roleKindAdmin",
				new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind), forms,
				Form.ofData(() -> new RoleKindData("", "", "", null, false, "established",
						"{organisation} was established"), RoleKindSummary::toData));
	}

}
