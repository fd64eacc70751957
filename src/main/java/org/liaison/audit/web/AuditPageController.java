package org.liaison.audit.web;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.PageOf;
import org.liaison.web.Htmx;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The administrators' view of the trail: a search by actor, partner, kind of record and
 * days, its export as CSV, and the verification of the chain.
 */
@Controller
record AuditPageController(AuditQueries trail) {

	static final String AUDIT = "/admin/audit";

	@GetMapping(AUDIT)
	String search(@ModelAttribute("filter") AuditFilter filter, PageOf.Request page, Model model,
			HttpServletRequest request) {
		model.addAttribute("entries", trail.search(filter.query(), page));
		model.addAttribute("kinds", trail.kinds());
		model.addAttribute("filterParameters", filter.parameters());
		return Htmx.view(request, "audit/audit", "audit/auditTable");
	}

	@GetMapping(value = AUDIT + ".csv")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute AuditFilter filter) {
		var query = filter.query();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"")
			.body(out -> AuditCsv.write(trail, query, out));
	}

	@PostMapping(AUDIT + "/verify")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "audit/verification";
	}

	@GetMapping(AUDIT + "/verify")
	String verifyForm(Model model) {
		model.addAttribute("verification", null);
		return "audit/verification";
	}

}
