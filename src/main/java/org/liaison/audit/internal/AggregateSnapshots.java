package org.liaison.audit.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartOf;
import org.liaison.shared.RecordWritten;
import org.liaison.shared.Releasability;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;

/**
 * An aggregate's fields as text, read through Spring Data's own mapping of it, so that
 * the audit trail knows no aggregate of any module: what Spring Data writes is what it
 * records. The entities inside an aggregate (an agreement's parties, a plan's nodes) read
 * as one field each, their own fields in brackets.
 */
@Component
@RequiredArgsConstructor
class AggregateSnapshots {

	/** Fields whose values never leave the database, not even into the audit trail. */
	private static final Pattern SECRET = Pattern.compile("(?i).*(hash|password|secret).*");

	/** Fields that change with every write and say nothing of their own. */
	private static final java.util.Set<String> NOISE = java.util.Set.of("updatedAt");

	static final String HIDDEN = "(not shown)";

	private final RelationalMappingContext mapping;

	/** What identifies a record in the trail, as its aggregate gives it. */
	record Identity(String kind, @Nullable String id, @Nullable String ref, @Nullable String owner,
			@Nullable NationCode partner, @Nullable Releasability releasability) {
	}

	boolean isNew(Object aggregate) {
		return mapping.getRequiredPersistentEntity(aggregate.getClass()).isNew(aggregate);
	}

	Object idOf(Object aggregate) {
		Object id = mapping.getRequiredPersistentEntity(aggregate.getClass())
			.getIdentifierAccessor(aggregate)
			.getIdentifier();
		if (id == null) {
			throw new IllegalStateException("An aggregate without an id cannot be audited");
		}
		return id;
	}

	Map<String, @Nullable String> fields(Object aggregate) {
		RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(aggregate.getClass());
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(aggregate);
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		for (RelationalPersistentProperty property : entity) {
			if (property.isIdProperty() || property.isVersionProperty() || NOISE.contains(property.getName())) {
				continue;
			}
			Object value = accessor.getProperty(property);
			String text = property.isEntity() ? nested(value) : text(value);
			fields.put(property.getName(), text);
		}
		return fields;
	}

	/**
	 * Whether a field's value is one the trail keeps only as changed, never as it reads.
	 */
	static boolean isSecret(String field) {
		return SECRET.matcher(field).matches();
	}

	Identity identity(Object aggregate) {
		RelationalPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(aggregate.getClass());
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(aggregate);
		RelationalPersistentProperty idProperty = entity.getIdProperty();
		Object id = idProperty == null ? null : accessor.getProperty(idProperty);
		Object ref = first(entity, accessor, "ref", "username", "code", "name", "title");
		Object partner = first(entity, accessor, "partner", "nation");
		Object releasability = first(entity, accessor, "releasability");
		Object owner = null;
		for (RelationalPersistentProperty property : entity) {
			if (property.isAnnotationPresent(PartOf.class)) {
				owner = accessor.getProperty(property);
			}
		}
		return new Identity(aggregate.getClass().getSimpleName(), text(id), text(ref), text(owner),
				partner instanceof NationCode nation ? nation : null,
				releasability instanceof Releasability level ? level : null);
	}

	private static @Nullable Object first(RelationalPersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor,
			String... names) {
		for (String name : names) {
			RelationalPersistentProperty property = entity.getPersistentProperty(name);
			if (property != null) {
				Object value = accessor.getProperty(property);
				if (value != null) {
					return value;
				}
			}
		}
		return null;
	}

	private @Nullable String nested(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> items) {
			StringJoiner joined = new StringJoiner("; ");
			items.forEach(item -> joined.add(entity(item)));
			return items.isEmpty() ? null : joined.toString();
		}
		if (value instanceof Map<?, ?> items) {
			StringJoiner joined = new StringJoiner("; ");
			items.forEach((key, item) -> joined.add(key + ": " + entity(item)));
			return items.isEmpty() ? null : joined.toString();
		}
		return entity(value);
	}

	private String entity(Object value) {
		if (!mapping.hasPersistentEntityFor(value.getClass())) {
			return String.valueOf(text(value));
		}
		StringJoiner fields = new StringJoiner(", ", "[", "]");
		fields(value).forEach((name, text) -> {
			if (text != null) {
				fields.add(name + " " + text);
			}
		});
		return fields.toString();
	}

	static @Nullable String text(@Nullable Object value) {
		return RecordWritten.text(value);
	}

}
