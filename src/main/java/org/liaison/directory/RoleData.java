package org.liaison.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to record or revise an organisation's role in a
 * partnership. The organisation is named by its ref, so a dossier can carry roles between
 * installations.
 *
 * @param ref the role's natural key within its partner; when empty, made from the kind,
 * the organisation and the start
 * @param kind the code of its kind of role (reference data), such as
 * {@code CONTACT_POINT_EMBASSY}
 * @param tasks what the organisation does in this role, such as a liaison office's tasks
 * @param milestoneText what the timeline says of the start; when empty, a sentence is
 * made
 */
public record RoleData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank(message = "Choose an organisation") @Size(max = 60) String organisationRef,
		@NotBlank @Size(max = 30) String kind, @Nullable PartialDate from, @Nullable PartialDate until,
		@Size(max = 8000) @Nullable String tasks, @Size(max = 1000) @Nullable String milestoneText,
		@NotNull Releasability releasability) implements RecordData {

	/**
	 * The ref to store: the one given, or one such as
	 * {@code contact-point-embassy-embassy-svk-2015}. The start is kept whole even when
	 * the rest must be shortened, because it is what tells one term of the same embassy
	 * from the next.
	 */
	public String refOrDefault() {
		if (ref != null && !ref.isBlank()) {
			return ref.strip();
		}
		String tail = from == null ? "" : "-" + from.iso();
		String head = Refs.from((kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)) + " " + organisationRef);
		int room = 60 - tail.length();
		if (head.length() > room) {
			head = head.substring(0, room).replaceAll("-+$", "");
		}
		return head + tail;
	}

	/** Problems that no single field shows; the role refuses data that has any. */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (PartialDate.outOfOrder(from, until)) {
			problems.add(new Problem("until", "A role cannot end before it began"));
		}
		return problems;
	}

}
