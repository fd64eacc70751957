package org.liaison.web;

import java.util.List;

import jakarta.validation.Valid;

import org.liaison.shared.ReferenceList;
import org.liaison.shared.Versioned;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The four endpoints of a reference list's API, written once: the list, one item with its
 * version as ETag, a new item (201 at its own URL) and a revision that names in
 * {@code If-Match} the version it was based on. Public to read; the filter chain lets
 * only administrators write. A module's controller extends it with the list's path in its
 * {@code @RequestMapping}; Spring reads the item types from the subclass, so each body is
 * read and validated as the list's own data.
 *
 * @param <D> the item as an administrator gives it
 * @param <S> the item as the list keeps it
 */
public abstract class ReferenceListApi<D, S extends Versioned & ReferenceList.Coded> {

	private final String path;

	private final ReferenceOperations<D, S> list;

	protected ReferenceListApi(String path, ReferenceOperations<D, S> list) {
		this.path = path;
		this.list = list;
	}

	@GetMapping
	public List<S> items() {
		return list.all().get();
	}

	@GetMapping("/{code}")
	public ResponseEntity<S> item(@PathVariable String code) {
		return Versions.ok(list.one().apply(code));
	}

	@PostMapping
	public ResponseEntity<S> add(@Valid @RequestBody D data) {
		return Versions.created(list.add().apply(data), item -> path + "/" + item.code());
	}

	@PutMapping("/{code}")
	public ResponseEntity<S> revise(@PathVariable String code, @IfMatch long version, @Valid @RequestBody D data) {
		return Versions.ok(list.revise().revise(code, version, data));
	}

}
