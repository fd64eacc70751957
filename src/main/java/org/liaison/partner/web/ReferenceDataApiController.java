package org.liaison.partner.web;

import java.util.List;

import jakarta.validation.Valid;

import org.liaison.partner.FrameworkData;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.NationData;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ReferenceDataService;
import org.liaison.shared.NationCode;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference lists of nations and frameworks: public to read, kept by administrators
 * (the filter chain lets only them write here).
 */
@RestController
@RequestMapping("/api/v1")
record ReferenceDataApiController(PartnerService partners, ReferenceDataService references) {

	@GetMapping("/nations")
	List<NationSummary> nations() {
		return partners.nations();
	}

	@GetMapping("/nations/{code}")
	ResponseEntity<NationSummary> nation(@PathVariable NationCode code) {
		return Versions.ok(references.nation(code));
	}

	@PostMapping("/nations")
	ResponseEntity<NationSummary> addNation(@Valid @RequestBody NationData data) {
		return Versions.created(references.addNation(data), nation -> "/api/v1/nations/" + nation.code());
	}

	@PutMapping("/nations/{code}")
	ResponseEntity<NationSummary> reviseNation(@PathVariable NationCode code, @IfMatch long version,
			@Valid @RequestBody NationData data) {
		return Versions.ok(references.reviseNation(code, version, data));
	}

	@GetMapping("/frameworks")
	List<FrameworkSummary> frameworks() {
		return partners.frameworks();
	}

	@GetMapping("/frameworks/{code}")
	ResponseEntity<FrameworkSummary> framework(@PathVariable String code) {
		return Versions.ok(references.framework(code));
	}

	@PostMapping("/frameworks")
	ResponseEntity<FrameworkSummary> addFramework(@Valid @RequestBody FrameworkData data) {
		return Versions.created(references.addFramework(data), framework -> "/api/v1/frameworks/" + framework.code());
	}

	@PutMapping("/frameworks/{code}")
	ResponseEntity<FrameworkSummary> reviseFramework(@PathVariable String code, @IfMatch long version,
			@Valid @RequestBody FrameworkData data) {
		return Versions.ok(references.reviseFramework(code, version, data));
	}

}
