package org.liaison.shared;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction finds its own synchronization of a kind however often it asks; an inner
 * transaction has one of its own, and the outer finds its own again once the inner ends;
 * the next transaction starts with none.
 */
@SpringBootTest
class TransactionBoundTests {

	static final class Counting implements TransactionSynchronization {

		int completions;

		@Override
		public void afterCompletion(int status) {
			completions++;
		}

	}

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void eachTransactionHasItsOwnAndTheOuterFindsItsOwnAgainAfterAnInnerOne() {
		TransactionTemplate outer = new TransactionTemplate(transactions);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		Object key = new Object();
		AtomicReference<Counting> first = new AtomicReference<>();
		AtomicReference<Counting> ofInner = new AtomicReference<>();
		outer.executeWithoutResult(status -> {
			first.set(TransactionBound.get(key, Counting::new));
			assertThat(TransactionBound.get(key, Counting::new)).isSameAs(first.get());
			inner.executeWithoutResult(s -> ofInner.set(TransactionBound.get(key, Counting::new)));
			assertThat(ofInner.get()).isNotSameAs(first.get());
			assertThat(TransactionBound.get(key, Counting::new)).isSameAs(first.get());
		});
		assertThat(first.get().completions).isEqualTo(1);
		assertThat(ofInner.get().completions).isEqualTo(1);
		assertThat(TransactionSynchronizationManager.getResource(key)).isNull();
		outer.executeWithoutResult(
				status -> assertThat(TransactionBound.get(key, Counting::new)).isNotSameAs(first.get()));
	}

}
