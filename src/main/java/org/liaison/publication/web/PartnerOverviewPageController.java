package org.liaison.publication.web;

import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The signed-in overview of one partnership: its profile, memberships and narratives, and
 * the way to every other part of its record. It shows what the reader may see, nothing
 * more.
 */
@Controller
record PartnerOverviewPageController(PartnerService partners) {

	@GetMapping("/partners/{code}")
	String overview(@PathVariable NationCode code, Audience audience, Model model) {
		model.addAttribute("partner", partners.partner(code, audience));
		model.addAttribute("memberships", partners.memberships(code, audience));
		model.addAttribute("narratives", partners.narratives(code, audience));
		return "publication/overview";
	}

}
