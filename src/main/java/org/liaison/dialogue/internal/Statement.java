package org.liaison.dialogue.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.shared.Texts;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Words spoken in the partnership, or a meeting at which they were: a statement with
 * nothing said in it (no quote, no summary) records nothing, and a meeting needs the
 * people who met.
 */
@Table("dialogue_statement")
public class Statement extends PartnerRecord<Statement> {

	private String ref;

	private String kind;

	private String title;

	private @Nullable String speaker;

	private PartialDate date;

	private @Nullable String place;

	private @Nullable String quote;

	private @Nullable String summary;

	private @Nullable String source;

	private Releasability releasability;

	private Instant updatedAt;

	Statement(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * @param of the kind the data names, whose rules the statement follows
	 */
	public static Statement record(NationCode partner, StatementData data, StatementKindSummary of, Instant at) {
		InvalidInputException.throwIfAny(data.problems(of));
		Statement statement = new Statement(UUID.randomUUID(), partner);
		statement.apply(data, at);
		return statement;
	}

	public void revise(StatementData data, StatementKindSummary of, Instant at) {
		InvalidInputException.throwIfAny(data.problems(of));
		apply(data, at);
	}

	private void apply(StatementData data, Instant at) {
		this.ref = data.refOrDefault();
		this.kind = data.kind().strip();
		this.title = data.title().strip();
		this.speaker = Texts.clean(data.speaker());
		this.date = data.date();
		this.place = Texts.clean(data.place());
		this.quote = Texts.clean(data.quote());
		this.summary = Texts.clean(data.summary());
		this.source = Texts.clean(data.source());
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/**
	 * Whether the statement already says what the data says, once the data is written as
	 * the statement would write it: an import that finds so writes nothing.
	 */
	public boolean holds(StatementData data, StatementKindSummary of) {
		return toData().equals(record(partner(), data, of, updatedAt).toData());
	}

	StatementData toData() {
		return new StatementData(ref, kind, title, speaker, date, place, quote, summary, source, releasability);
	}

	public String ref() {
		return ref;
	}

}
