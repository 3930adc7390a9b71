package org.detaineetracker.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Answers kept per data version (the number a trigger moves on every write, V43) within a budget
 * of bytes: rendered pages and API answers that people ask for again and again between writes.
 * <p>
 * Unlike {@link VersionedCache}, which keeps a few large computations, this keeps many small
 * answers, one per address: the least recently read go first when the budget is spent, an answer
 * larger than a quarter of the budget is not kept, and answers of any other version are dropped as
 * soon as one of a new version is kept (no reader asks for them again).
 *
 * @param <K> what an answer depends on besides the data version
 * @param <V> the answer
 */
public final class KeptAnswers<K, V> {

	private record Entry<V>(long version, V value, long size) {
	}

	private final long budget;

	private final ToLongFunction<V> size;

	private final Map<K, Entry<V>> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long keptSize;

	/** The version of every answer kept now. */
	private long keptVersion = Long.MIN_VALUE;

	/**
	 * @param budget bytes the kept answers may take together
	 * @param size the bytes one answer takes
	 */
	public KeptAnswers(long budget, ToLongFunction<V> size) {
		this.budget = budget;
		this.size = size;
	}

	/** The answer kept for the key if it was made at exactly this version. */
	public synchronized V get(K key, long version) {
		Entry<V> entry = kept.get(key);
		return entry != null && entry.version() == version ? entry.value() : null;
	}

	/** Keeps the answer made at this version, unless it alone would take more than a quarter of the budget. */
	public synchronized void put(K key, long version, V value) {
		long bytes = size.applyAsLong(value);
		if (bytes > budget / 4) {
			return;
		}
		if (version != keptVersion) {
			// every answer kept is of keptVersion: none will be asked for again
			kept.clear();
			keptSize = 0;
			keptVersion = version;
		}
		Entry<V> previous = kept.put(key, new Entry<>(version, value, bytes));
		keptSize += bytes - (previous == null ? 0 : previous.size());
		var eldest = kept.values().iterator();
		while (keptSize > budget && eldest.hasNext()) {
			keptSize -= eldest.next().size();
			eldest.remove();
		}
	}

	/** Bytes kept now (for tests and the operator's curiosity). */
	public synchronized long size() {
		return keptSize;
	}

}
