package org.liaison.shared;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The store of one kind of partner record known by its ref, unique within the partner:
 * the check that a ref a change gives is free is written here once.
 *
 * @param <A> the kind of record
 */
@NoRepositoryBean
public interface PartnerRecordRepository<A extends PartnerRecord<A>> extends VersionedRepository<A> {

	Optional<A> findByPartnerAndRef(NationCode partner, String ref);

	/**
	 * The problem with a ref that another of the partner's records of this kind holds,
	 * for a check that gathers every problem before it refuses.
	 * @param self the record that takes the ref, or {@code null} for a new one
	 */
	default Optional<Problem> refTaken(NationCode partner, String ref, @Nullable UUID self) {
		return findByPartnerAndRef(partner, ref).filter(other -> !other.id().equals(self))
			.map(other -> new Problem("ref", "The reference '" + ref + "' is taken"));
	}

	/**
	 * Refuses a ref that another of the partner's records of this kind holds.
	 * @param self the record that takes the ref, or {@code null} for a new one
	 */
	default void requireFreeRef(NationCode partner, String ref, @Nullable UUID self) {
		InvalidInputException.throwIfAny(refTaken(partner, ref, self).stream().toList());
	}

}
