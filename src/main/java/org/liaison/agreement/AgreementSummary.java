package org.liaison.agreement;

import org.liaison.shared.LifecycleMove;
import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * An agreement as a reader may see it, with everything it records.
 *
 * @param typeName the name of its type, such as "Individual Partnership Action Plan", and
 * {@code typeNameFr} that name in French
 * @param submittedText what the timeline says of its submission, and likewise
 * {@code agreedText}, {@code inForceText} and {@code endedText} of the later steps; when
 * empty, a sentence is made
 */
public record AgreementSummary(UUID id, NationCode partner, String ref, String type, String typeName, String typeNameFr,
		String title, @Nullable String description, AgreementStatus status, @Nullable PartialDate submittedOn,
		@Nullable PartialDate agreedOn, @Nullable PartialDate inForceOn, @Nullable PartialDate endedOn,
		@Nullable String submittedText, @Nullable String agreedText, @Nullable String inForceText,
		@Nullable String endedText, List<AgreementParty> parties, Releasability releasability, Instant updatedAt,
		long version) implements Versioned {

	public AgreementSummary {
		parties = List.copyOf(parties);
	}

	public AgreementData toData() {
		return new AgreementData(ref, type, title, description, status, submittedOn, agreedOn, inForceOn, endedOn,
				submittedText, agreedText, inForceText, endedText, parties, releasability);
	}

	/** The name of its type in a language: French when asked, English otherwise. */
	public String typeName(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? typeNameFr : typeName;
	}

	/** The first date it has, by which lists order agreements; none for a draft. */
	public @Nullable PartialDate earliestDate() {
		return Stream.of(submittedOn, agreedOn, inForceOn, endedOn).filter(d -> d != null).findFirst().orElse(null);
	}

	/** The lifecycle moves its status allows next. */
	public List<AgreementMove> moves() {
		return LifecycleMove.from(AgreementMove.class, status);
	}

}
