package org.liaison.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationData;
import org.liaison.directory.OrganisationSummary;
import org.liaison.directory.RoleData;
import org.liaison.directory.RoleSummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the directory: organisations, and their roles in each partnership.
 */
@RestController
@RequestMapping("/api/v1")
record DirectoryApiController(DirectoryService directory) {

	// Organisations

	@GetMapping("/organisations")
	PageOf<OrganisationSummary> organisations(@RequestParam(required = false) @Nullable String q, PageOf.Request page,
			Audience audience) {
		return directory.organisations(audience, q, page);
	}

	@PostMapping("/organisations")
	ResponseEntity<OrganisationSummary> addOrganisation(@Valid @RequestBody OrganisationData data) {
		return Versions.created(directory.addOrganisation(data),
				organisation -> "/api/v1/organisations/" + organisation.id());
	}

	@GetMapping("/organisations/{id}")
	ResponseEntity<OrganisationSummary> organisation(@PathVariable UUID id, Audience audience) {
		return Versions.ok(directory.organisation(id, audience));
	}

	@PutMapping("/organisations/{id}")
	ResponseEntity<OrganisationSummary> reviseOrganisation(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody OrganisationData data) {
		return Versions.ok(directory.reviseOrganisation(id, version, data));
	}

	@DeleteMapping("/organisations/{id}")
	ResponseEntity<Void> deleteOrganisation(@PathVariable UUID id, @IfMatch long version) {
		directory.deleteOrganisation(id, version);
		return ResponseEntity.noContent().build();
	}

	// Roles

	@GetMapping("/partners/{code}/roles")
	List<RoleSummary> roles(@PathVariable NationCode code, Audience audience) {
		return directory.roles(code, audience);
	}

	@PostMapping("/partners/{code}/roles")
	ResponseEntity<RoleSummary> addRole(@PathVariable NationCode code, @Valid @RequestBody RoleData data) {
		return Versions.created(directory.addRole(code, data), role -> "/api/v1/roles/" + role.id());
	}

	@GetMapping("/roles/{id}")
	ResponseEntity<RoleSummary> role(@PathVariable UUID id, Audience audience) {
		return Versions.ok(directory.role(id, audience));
	}

	@PutMapping("/roles/{id}")
	ResponseEntity<RoleSummary> reviseRole(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody RoleData data) {
		return Versions.ok(directory.reviseRole(id, version, data));
	}

	@DeleteMapping("/roles/{id}")
	ResponseEntity<Void> deleteRole(@PathVariable UUID id, @IfMatch long version) {
		directory.deleteRole(id, version);
		return ResponseEntity.noContent().build();
	}

}
