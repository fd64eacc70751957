package org.liaison.dialogue.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface JointBodyRepository extends PartnerRecordRepository<JointBody> {

}
