package org.liaison.partner.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.MembershipData;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the partner module.
 */
@RestController
@RequestMapping("/api/v1")
record PartnerApiController(PartnerService partners) {

	@GetMapping("/partners")
	PageOf<PartnerDetails> partners(PageOf.Request page, Audience audience) {
		return partners.partners(audience, page);
	}

	@GetMapping("/partners/{code}")
	ResponseEntity<PartnerDetails> partner(@PathVariable NationCode code, Audience audience) {
		return Versions.ok(partners.partner(code, audience));
	}

	record NewPartner(@NotNull NationCode nation, @Valid @NotNull ProfileData profile) {
	}

	@PostMapping("/partners")
	ResponseEntity<PartnerDetails> create(@Valid @RequestBody NewPartner request) {
		return Versions.created(partners.createPartner(request.nation(), request.profile()),
				partner -> "/api/v1/partners/" + partner.nation());
	}

	@PutMapping("/partners/{code}")
	ResponseEntity<PartnerDetails> revise(@PathVariable NationCode code, @IfMatch long version,
			@Valid @RequestBody ProfileData data) {
		return Versions.ok(partners.revisePartner(code, version, data));
	}

	/** Removes a dated version of the profile, such as one written by mistake. */
	@DeleteMapping("/partners/{code}/versions/{effectiveFrom}")
	ResponseEntity<PartnerDetails> removeVersion(@PathVariable NationCode code, @PathVariable LocalDate effectiveFrom,
			@IfMatch long version) {
		return Versions.ok(partners.removeProfileVersion(code, version, effectiveFrom));
	}

	@GetMapping("/partners/{code}/memberships")
	List<MembershipSummary> memberships(@PathVariable NationCode code, Audience audience) {
		return partners.memberships(code, audience);
	}

	@PostMapping("/partners/{code}/memberships")
	ResponseEntity<MembershipSummary> addMembership(@PathVariable NationCode code,
			@Valid @RequestBody MembershipData data) {
		return Versions.created(partners.addMembership(code, data),
				membership -> "/api/v1/memberships/" + membership.id());
	}

	@GetMapping("/memberships/{id}")
	ResponseEntity<MembershipSummary> membership(@PathVariable UUID id, Audience audience) {
		return Versions.ok(partners.membership(id, audience));
	}

	@PutMapping("/memberships/{id}")
	ResponseEntity<MembershipSummary> reviseMembership(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody MembershipData data) {
		return Versions.ok(partners.reviseMembership(id, version, data));
	}

	@DeleteMapping("/memberships/{id}")
	ResponseEntity<Void> deleteMembership(@PathVariable UUID id, @IfMatch long version) {
		partners.deleteMembership(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/partners/{code}/narratives")
	List<NarrativeSummary> narratives(@PathVariable NationCode code, Audience audience) {
		return partners.narratives(code, audience);
	}

	@PostMapping("/partners/{code}/narratives")
	ResponseEntity<NarrativeSummary> addNarrative(@PathVariable NationCode code,
			@Valid @RequestBody NarrativeData data) {
		return Versions.created(partners.addNarrative(code, data), narrative -> "/api/v1/narratives/" + narrative.id());
	}

	@GetMapping("/narratives/{id}")
	ResponseEntity<NarrativeSummary> narrative(@PathVariable UUID id, Audience audience) {
		return Versions.ok(partners.narrative(id, audience));
	}

	@PutMapping("/narratives/{id}")
	ResponseEntity<NarrativeSummary> reviseNarrative(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody NarrativeData data) {
		return Versions.ok(partners.reviseNarrative(id, version, data));
	}

	/** Removes a dated version of the narrative. */
	@DeleteMapping("/narratives/{id}/versions/{effectiveFrom}")
	ResponseEntity<NarrativeSummary> removeNarrativeVersion(@PathVariable UUID id,
			@PathVariable LocalDate effectiveFrom, @IfMatch long version) {
		return Versions.ok(partners.removeNarrativeVersion(id, version, effectiveFrom));
	}

	@DeleteMapping("/narratives/{id}")
	ResponseEntity<Void> deleteNarrative(@PathVariable UUID id, @IfMatch long version) {
		partners.deleteNarrative(id, version);
		return ResponseEntity.noContent().build();
	}

}
