package org.liaison.dialogue;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A statement, declaration, communiqué, speech, press release or high-level meeting as a
 * reader may see it.
 *
 * @param ref the statement's natural key within its partner, used by the dossier
 * @param kind the code of its kind, {@code kindName} and {@code kindNameFr} that kind's
 * names
 * @param namesParticipants whether its kind records who met (a meeting) rather than who
 * spoke
 * @param speaker who said it; for a meeting, who met
 * @param quote the words quoted, verbatim
 * @param summary what was said or agreed, in other words
 * @param source a citation or a URL
 */
public record StatementSummary(UUID id, NationCode partner, String ref, String kind, String kindName, String kindNameFr,
		boolean namesParticipants, String title, @Nullable String speaker, PartialDate date, @Nullable String place,
		@Nullable String quote, @Nullable String summary, @Nullable String source, Releasability releasability,
		Instant updatedAt, long version) implements Versioned {

	public StatementData toData() {
		return new StatementData(ref, kind, title, speaker, date, place, quote, summary, source, releasability);
	}

	/** The name of its kind in a language: French when asked, English otherwise. */
	public String kindName(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? kindNameFr : kindName;
	}

	/** The quote's paragraphs, as separated by blank lines. */
	public List<String> quoteParagraphs() {
		return paragraphs(quote);
	}

	public List<String> summaryParagraphs() {
		return paragraphs(summary);
	}

	/** Whether the source can be followed as a link rather than read as a citation. */
	public boolean sourceIsLink() {
		return source != null && (source.startsWith("https://") || source.startsWith("http://"));
	}

	private static List<String> paragraphs(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
