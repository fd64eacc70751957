package org.liaison.directory.web;

import java.util.List;

import jakarta.validation.Valid;

import org.liaison.directory.RoleKindData;
import org.liaison.directory.RoleKindService;
import org.liaison.directory.RoleKindSummary;
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
 * The reference list of role kinds: public to read, kept by administrators (the filter
 * chain lets only them write here).
 */
@RestController
@RequestMapping("/api/v1/role-kinds")
record RoleKindApiController(RoleKindService service) {

	@GetMapping
	List<RoleKindSummary> kinds() {
		return service.kinds();
	}

	@GetMapping("/{code}")
	ResponseEntity<RoleKindSummary> kind(@PathVariable String code) {
		return Versions.ok(service.kind(code));
	}

	@PostMapping
	ResponseEntity<RoleKindSummary> addKind(@Valid @RequestBody RoleKindData data) {
		return Versions.created(service.addKind(data), kind -> "/api/v1/role-kinds/" + kind.code());
	}

	@PutMapping("/{code}")
	ResponseEntity<RoleKindSummary> reviseKind(@PathVariable String code, @IfMatch long version,
			@Valid @RequestBody RoleKindData data) {
		return Versions.ok(service.reviseKind(code, version, data));
	}

}
