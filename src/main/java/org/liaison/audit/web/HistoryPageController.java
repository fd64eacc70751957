package org.liaison.audit.web;

import java.util.List;

import org.liaison.audit.AuditEntry;
import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A record's history, the tab that every record page links to: who changed it, when, and
 * each field from what to what, newest first, as far as the reader may see the record. A
 * record the reader may not see has no history for them, exactly as one that does not
 * exist.
 */
@Controller
record HistoryPageController(AuditQueries trail) {

	/** More than a record gathers in years of use; the trail itself keeps every entry. */
	static final int SHOWN = 500;

	@GetMapping("/history/{kind:[A-Za-z]{1,60}}/{id:[0-9a-zA-Z._-]{1,100}}")
	String history(@PathVariable String kind, @PathVariable String id, Audience audience, Model model) {
		List<AuditEntry> entries = trail.history(kind, id, audience, SHOWN);
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("entries", entries);
		return "audit/history";
	}

	/**
	 * The line "last changed by ... on ..." that a record page loads beside its "last
	 * updated", with the link to the whole history.
	 */
	@GetMapping("/history/{kind:[A-Za-z]{1,60}}/{id:[0-9a-zA-Z._-]{1,100}}/last")
	String last(@PathVariable String kind, @PathVariable String id, Audience audience, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("id", id);
		model.addAttribute("last", trail.last(kind, id, audience).orElse(null));
		return "audit/lastChange";
	}

}
