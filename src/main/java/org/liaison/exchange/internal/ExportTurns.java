package org.liaison.exchange.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.liaison.shared.BusyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many dossiers are written at once. Each export holds a database connection and a
 * section of its partner's records in memory for as long as it writes, seconds at NATO
 * scale: a few at once keep the processors busy, more would only take the pool and the
 * heap from every other reader. The others wait their turn, in the order they asked, and
 * one that has waited too long is told to come back, with nothing written.
 */
@Component
public class ExportTurns {

	private final Semaphore turns;

	private final Duration patience;

	ExportTurns(@Value("${liaison.exchange.concurrent-exports:2}") int concurrent,
			@Value("${liaison.exchange.export-wait:60s}") Duration patience) {
		this.turns = new Semaphore(Math.max(1, concurrent), true);
		this.patience = patience;
	}

	/** Runs the export in its turn. */
	public void take(Runnable export) {
		boolean taken;
		try {
			taken = turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taken = false;
		}
		if (!taken) {
			throw new BusyException("Liaison is writing as many dossiers as it can at once; ask again in a minute.",
					Math.max(1, patience.toSeconds()));
		}
		try {
			export.run();
		}
		finally {
			turns.release();
		}
	}

}
