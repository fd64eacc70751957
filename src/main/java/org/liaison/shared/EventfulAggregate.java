package org.liaison.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * An aggregate that registers its own past-tense events as it changes; its repository
 * publishes them when it is saved or deleted, in the same transaction.
 *
 * <p>
 * An event is registered as a function of the aggregate and made only when it is
 * published, after the write: the facts it carries (the version above all) are then those
 * that were committed, not those from before the save.
 *
 * @param <A> the aggregate itself
 */
public abstract class EventfulAggregate<A extends EventfulAggregate<A>> {

	@Transient
	private final transient List<Function<A, ?>> events = new ArrayList<>();

	/** Registers an event, made from the aggregate as it stands once written. */
	protected void registerEvent(Function<A, ?> event) {
		events.add(event);
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		@SuppressWarnings("unchecked")
		A self = (A) this;
		List<Object> made = new ArrayList<>(events.size());
		events.forEach(event -> made.add(event.apply(self)));
		return made;
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		events.clear();
	}

}
