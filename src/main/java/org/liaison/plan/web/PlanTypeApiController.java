package org.liaison.plan.web;

import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.web.ReferenceListApi;
import org.liaison.web.ReferenceOperations;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of plan types with their levels: public to read, kept by
 * administrators.
 */
@RestController
@RequestMapping(PlanTypeApiController.PATH)
class PlanTypeApiController extends ReferenceListApi<PlanTypeData, PlanTypeSummary> {

	static final String PATH = "/api/v1/plan-types";

	PlanTypeApiController(PlanService plans) {
		super(PATH, new ReferenceOperations<>(plans::types, plans::type, plans::addType, plans::reviseType));
	}

}
