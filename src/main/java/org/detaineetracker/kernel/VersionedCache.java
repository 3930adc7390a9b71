package org.detaineetracker.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values worked out once per data version (the number a trigger moves on every write, V43) and kept
 * in memory, a few keys at a time.
 * <p>
 * When the data moves, the first reader works the value out and everyone else asking for the same
 * key waits for that one result instead of starting the same work beside it: a whole picture costs
 * seconds at a million figures, and sixteen readers arriving together after a write would otherwise
 * each compute it, sixteen times slower. A reader gets the value of exactly the version it read
 * (what is derived from it, such as a facility worked out against a picture, is kept with that
 * version). The value last worked out is the one kept: versions only grow for readers outside a
 * writing transaction, and a test that rolls its writes back sees the version go back.
 *
 * @param <K> what distinguishes values (a known-on date, a date and a role)
 * @param <V> the value
 */
public final class VersionedCache<K, V> {

	private record Entry<V>(long version, V value) {
	}

	private final int keptKeys;

	private final Map<K, Entry<V>> values = new ConcurrentHashMap<>();

	private final Map<K, Object> locks = new ConcurrentHashMap<>();

	/** @param keptKeys how many keys are kept before all are dropped (dates people look at come and go) */
	public VersionedCache(int keptKeys) {
		this.keptKeys = keptKeys;
	}

	/**
	 * The value for the key at this version: the one kept, or else the one {@code compute} returns,
	 * worked out by one thread at a time per key.
	 */
	public V get(K key, long version, Supplier<V> compute) {
		V kept = peek(key, version);
		if (kept != null) {
			return kept;
		}
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			kept = peek(key, version);
			if (kept != null) {
				return kept;
			}
			V fresh = compute.get();
			if (!values.containsKey(key) && values.size() >= keptKeys) {
				values.clear();
				locks.clear();
			}
			values.put(key, new Entry<>(version, fresh));
			return fresh;
		}
	}

	/** The value kept for the key if it is of exactly this version. */
	public V peek(K key, long version) {
		Entry<V> kept = values.get(key);
		return kept != null && kept.version() == version ? kept.value() : null;
	}

}
