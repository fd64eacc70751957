package org.liaison.dialogue.web;

import org.liaison.dialogue.BodyKindData;
import org.liaison.dialogue.BodyKindService;
import org.liaison.dialogue.BodyKindSummary;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the kinds of joint body.
 */
@Controller
@RequestMapping(BodyKindPageController.PATH)
class BodyKindPageController extends ReferenceListPages<BodyKindData, BodyKindData, BodyKindSummary> {

	static final String PATH = "/admin/body-kinds";

	BodyKindPageController(BodyKindService kinds, FormSubmission forms) {
		super(PATH, "dialogue/bodyKindAdmin",
				new ReferenceOperations<>(kinds::kinds, kinds::kind, kinds::addKind, kinds::reviseKind), forms,
				Form.ofData(() -> new BodyKindData("", "", ""), BodyKindSummary::toData));
	}

}
