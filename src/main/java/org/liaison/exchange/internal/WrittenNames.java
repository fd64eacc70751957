package org.liaison.exchange.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.liaison.shared.NationCode;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * The generator a dossier is written through, which notes what its records name while
 * they pass, so that the {@code referenceData} section written last can carry those items
 * without the dossier being held to be read again: every nation under a field that names
 * one ({@code nation}, {@code nations}, {@code eventNation}, a party's
 * {@code nation}...), wherever it lies, so that a section added later is covered too; and
 * the values of each record's fields, by section and field ({@code memberships},
 * {@code framework}).
 */
final class WrittenNames extends JsonGeneratorDelegate {

	private final Set<String> nations = new HashSet<>();

	/** The fields noted, by section; and what was written under them. */
	private final Map<String, Map<String, Set<String>>> values = new HashMap<>();

	/** Whether a field's name names a nation, by field: the names are few. */
	private final Map<String, Boolean> namesANation = new HashMap<>();

	/**
	 * @param fields the fields of records whose values are noted, as
	 * {@code section.field}
	 */
	WrittenNames(JsonGenerator generator, Set<String> fields) {
		super(generator, true);
		fields
			.forEach(field -> values.computeIfAbsent(field.substring(0, field.indexOf('.')), section -> new HashMap<>())
				.put(field.substring(field.indexOf('.') + 1), new TreeSet<>()));
	}

	/** The nations named so far. */
	Set<String> nations() {
		return nations;
	}

	/**
	 * The values written so far of a field of a section's records, or of the items of a
	 * field that is a list ({@code activities.frameworks}); a field given when the
	 * generator was made.
	 */
	Set<String> values(String field) {
		return values.get(field.substring(0, field.indexOf('.'))).get(field.substring(field.indexOf('.') + 1));
	}

	@Override
	public JsonGenerator writeString(String text) {
		note(text);
		return super.writeString(text);
	}

	@Override
	public JsonGenerator writeString(char[] text, int offset, int len) {
		note(new String(text, offset, len));
		return super.writeString(text, offset, len);
	}

	@Override
	public JsonGenerator writeString(SerializableString text) {
		note(text.getValue());
		return super.writeString(text);
	}

	private void note(String text) {
		TokenStreamContext context = streamWriteContext();
		// The object property the string is the value of, or the value of a list it is an
		// item of.
		TokenStreamContext field = context;
		while (field != null && field.inArray()) {
			field = field.getParent();
		}
		if (field == null || !field.inObject() || field.currentName() == null) {
			return;
		}
		String name = field.currentName();
		if (namesANation.computeIfAbsent(name, n -> n.toLowerCase().contains("nation")) && NationCode.isValid(text)) {
			nations.add(text);
		}
		TokenStreamContext records = field.getParent();
		if ((context == field || context.getParent() == field) && records != null && records.inArray()
				&& records.getParent() != null && records.getParent().inObject()
				&& records.getParent().getParent() != null && records.getParent().getParent().inRoot()) {
			Map<String, Set<String>> noted = values.get(records.getParent().currentName());
			Set<String> written = noted == null ? null : noted.get(name);
			if (written != null) {
				written.add(text);
			}
		}
	}

}
