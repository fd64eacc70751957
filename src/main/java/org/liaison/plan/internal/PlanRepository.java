package org.liaison.plan.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface PlanRepository extends PartnerRecordRepository<Plan> {

}
