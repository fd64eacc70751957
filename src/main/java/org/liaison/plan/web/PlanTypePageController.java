package org.liaison.plan.web;

import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.web.FormSubmission;
import org.liaison.web.ReferenceListPages;
import org.liaison.web.ReferenceListPages.Form;
import org.liaison.web.ReferenceOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrators' page for the plan types and the levels of their trees.
 */
@Controller
@RequestMapping(PlanTypePageController.PATH)
class PlanTypePageController extends ReferenceListPages<PlanTypeForm, PlanTypeData, PlanTypeSummary> {

	static final String PATH = "/admin/plan-types";

	PlanTypePageController(PlanService plans, FormSubmission forms) {
		super(PATH, "plan/planTypeAdmin",
				new ReferenceOperations<>(plans::types, plans::type, plans::addType, plans::reviseType), forms,
				new Form<>(() -> new PlanTypeForm("", "", "", ""), PlanTypeForm::of, PlanTypeForm::toData));
	}

}
