package org.liaison.audit.web;

import org.liaison.audit.AuditEntry;
import org.liaison.audit.ChainVerification;
import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trail for administrators' tools: the same search as the page, newest first and
 * paginated, and the chain's verification.
 */
@RestController
@RequestMapping("/api/v1/audit")
record AuditApiController(AuditQueries trail) {

	@GetMapping
	PageOf<AuditEntry> search(@ModelAttribute AuditFilter filter, PageOf.Request page) {
		return trail.search(filter.query(), page);
	}

	@GetMapping("/verification")
	ChainVerification verify() {
		return trail.verify();
	}

}
