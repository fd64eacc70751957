package org.liaison.dialogue.internal;

import org.liaison.shared.PartnerRecordRepository;

public interface StatementRepository extends PartnerRecordRepository<Statement> {

}
