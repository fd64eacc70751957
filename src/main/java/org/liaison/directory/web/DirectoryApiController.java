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
class DirectoryApiController {

	private final DirectoryService directory;

	DirectoryApiController(DirectoryService directory) {
		this.directory = directory;
	}

	// Organisations

	@GetMapping("/organisations")
	PageOf<OrganisationSummary> organisations(@RequestParam(required = false) @Nullable String q,
			PageOf.Request page,
			Audience audience) {
		return directory.organisations(audience, q, page);
	}

	@PostMapping("/organisations")
	ResponseEntity<OrganisationSummary> addOrganisation(@Valid @RequestBody OrganisationData data) {
		OrganisationSummary organisation = directory.addOrganisation(data);
		return Versions.created("/api/v1/organisations/" + organisation.id(), organisation, organisation.version());
	}

	@GetMapping("/organisations/{id}")
	ResponseEntity<OrganisationSummary> organisation(@PathVariable UUID id, Audience audience) {
		OrganisationSummary organisation = directory.organisation(id, audience);
		return Versions.ok(organisation, organisation.version());
	}

	@PutMapping("/organisations/{id}")
	ResponseEntity<OrganisationSummary> reviseOrganisation(@PathVariable UUID id,
			@IfMatch long version,
			@Valid @RequestBody OrganisationData data) {
		OrganisationSummary organisation = directory.reviseOrganisation(id, version, data);
		return Versions.ok(organisation, organisation.version());
	}

	@DeleteMapping("/organisations/{id}")
	ResponseEntity<Void> deleteOrganisation(@PathVariable UUID id,
			@IfMatch long version) {
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
		RoleSummary role = directory.addRole(code, data);
		return Versions.created("/api/v1/roles/" + role.id(), role, role.version());
	}

	@GetMapping("/roles/{id}")
	ResponseEntity<RoleSummary> role(@PathVariable UUID id, Audience audience) {
		RoleSummary role = directory.role(id, audience);
		return Versions.ok(role, role.version());
	}

	@PutMapping("/roles/{id}")
	ResponseEntity<RoleSummary> reviseRole(@PathVariable UUID id,
			@IfMatch long version, @Valid @RequestBody RoleData data) {
		RoleSummary role = directory.reviseRole(id, version, data);
		return Versions.ok(role, role.version());
	}

	@DeleteMapping("/roles/{id}")
	ResponseEntity<Void> deleteRole(@PathVariable UUID id,
			@IfMatch long version) {
		directory.deleteRole(id, version);
		return ResponseEntity.noContent().build();
	}

}
