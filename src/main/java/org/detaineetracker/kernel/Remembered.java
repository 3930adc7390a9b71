package org.detaineetracker.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to small checks, each remembered until the database may have changed ({@link DataChanges}):
 * a page people keep reloading then costs no statement at all between writes.
 * <p>
 * An answer is remembered with the epoch read <em>before</em> it was asked, so a change that lands
 * while it is being asked moves the epoch past it and the next reader asks again.
 *
 * @param <K> what distinguishes answers (nothing, for one value; an account and what it signed in with)
 * @param <V> the answer
 */
public final class Remembered<K, V> {

	private record Known<V>(long epoch, V value) {
	}

	private final DataChanges changes;

	private final int keptKeys;

	private final Map<K, Known<V>> known = new ConcurrentHashMap<>();

	/** @param keptKeys how many keys are remembered before all are forgotten */
	public Remembered(DataChanges changes, int keptKeys) {
		this.changes = changes;
		this.keptKeys = keptKeys;
	}

	/** The answer remembered for the key if nothing may have changed since it was asked, else null; never asks. */
	public V peek(K key) {
		return remembered(key, changes.epoch());
	}

	/** The answer for the key: the one remembered, if nothing may have changed since, or else {@code ask}'s. */
	public V get(K key, Supplier<V> ask) {
		long epoch = changes.epoch();
		V remembered = remembered(key, epoch);
		if (remembered != null) {
			return remembered;
		}
		V answer = changes.asking(ask);
		if (epoch != DataChanges.UNSURE && answer != null) {
			if (known.size() >= keptKeys && !known.containsKey(key)) {
				known.clear();
			}
			known.put(key, new Known<>(epoch, answer));
		}
		return answer;
	}

	private V remembered(K key, long epoch) {
		Known<V> remembered = epoch == DataChanges.UNSURE ? null : known.get(key);
		return remembered != null && remembered.epoch() == epoch ? remembered.value() : null;
	}

}
