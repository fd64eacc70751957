package org.liaison.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.FieldChange;

/**
 * The fields that differ between two states of a record, secrets shown as changed only.
 */
final class FieldChanges {

	private FieldChanges() {
	}

	static List<FieldChange> between(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String was = before.get(field);
			String is = after.get(field);
			if (Objects.equals(was, is)) {
				continue;
			}
			boolean secret = AggregateSnapshots.isSecret(field);
			changes.add(new FieldChange(field, secret && was != null ? AggregateSnapshots.HIDDEN : was,
					secret && is != null ? AggregateSnapshots.HIDDEN : is));
		}
		return changes;
	}

}
