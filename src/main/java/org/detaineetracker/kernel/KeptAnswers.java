package org.detaineetracker.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Answers kept per data version (the number a trigger moves on every write, V43) within a budget
 * of bytes: rendered pages and API answers that people ask for again and again between writes.
 * <p>
 * Unlike {@link VersionedCache}, which keeps a few large computations, this keeps many small
 * answers, one per address: the least recently read go first when the budget is spent, an answer
 * larger than a quarter of the budget is not kept, and answers of any other version are dropped as
 * soon as one of a new version is kept (no reader asks for them again).
 * <p>
 * Reading takes no lock: sixteen readers of one kept page used to queue for the lock of an
 * access-ordered map, each comparing its key field by field while holding it. Only keeping takes
 * the lock. A reader that holds on to a {@link Handle} can read the answer again without its key;
 * the handle lets the answer go once it is no longer kept.
 *
 * @param <K> what an answer depends on besides the data version
 * @param <V> the answer
 */
public final class KeptAnswers<K, V> {

	/** One kept answer: empty once dropped, so a handle held elsewhere keeps no answer alive. */
	public static final class Handle<V> {

		private final long version;

		private final long size;

		private volatile V value;

		/** When it was last kept or read, on the owner's clock: the least recent goes first. */
		private volatile long lastRead;

		private Handle(long version, V value, long size, long now) {
			this.version = version;
			this.value = value;
			this.size = size;
			this.lastRead = now;
		}

		/** The data version the answer was made at. */
		public long version() {
			return version;
		}

		/** The answer while it is kept, else null. */
		public V value() {
			return value;
		}

		private void drop() {
			value = null;
		}

	}

	private final long budget;

	private final ToLongFunction<V> size;

	private final Map<K, Handle<V>> kept = new ConcurrentHashMap<>();

	/**
	 * Moves on each keeping, and on a read of anything but the answer read last: a page read by many
	 * readers in a row is stamped once, not once per reader.
	 */
	private final AtomicLong clock = new AtomicLong();

	/** Bytes kept now; changed only under the lock. */
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
	public V get(K key, long version) {
		Handle<V> handle = find(key, version);
		return handle == null ? null : handle.value();
	}

	/** The handle of the answer kept for the key if it was made at exactly this version. */
	public Handle<V> find(K key, long version) {
		Handle<V> handle = kept.get(key);
		if (handle == null || handle.version != version || handle.value == null) {
			return null;
		}
		read(handle);
		return handle;
	}

	/** The answer behind a handle, counted as read, or null once it is no longer kept. */
	public V read(Handle<V> handle) {
		V value = handle.value;
		if (value != null && handle.lastRead != clock.get()) {
			handle.lastRead = clock.incrementAndGet();
		}
		return value;
	}

	/**
	 * Keeps the answer made at this version, unless it alone would take more than a quarter of the
	 * budget: its handle, or null if it was not kept.
	 */
	public synchronized Handle<V> put(K key, long version, V value) {
		long bytes = size.applyAsLong(value);
		if (bytes > budget / 4) {
			return null;
		}
		if (version != keptVersion) {
			// every answer kept is of keptVersion: none will be asked for again
			kept.values().forEach(Handle::drop);
			kept.clear();
			keptSize = 0;
			keptVersion = version;
		}
		Handle<V> handle = new Handle<>(version, value, bytes, clock.incrementAndGet());
		Handle<V> previous = kept.put(key, handle);
		if (previous != null) {
			previous.drop();
			keptSize -= previous.size;
		}
		keptSize += bytes;
		while (keptSize > budget) {
			dropLeastRecentlyRead();
		}
		return handle;
	}

	/** One pass over what is kept: it happens only when an answer is kept, never when one is read. */
	private void dropLeastRecentlyRead() {
		Map.Entry<K, Handle<V>> least = null;
		for (Map.Entry<K, Handle<V>> entry : kept.entrySet()) {
			if (least == null || entry.getValue().lastRead < least.getValue().lastRead) {
				least = entry;
			}
		}
		kept.remove(least.getKey());
		least.getValue().drop();
		keptSize -= least.getValue().size;
	}

	/** Bytes kept now (for tests and the operator's curiosity). */
	public synchronized long size() {
		return keptSize;
	}

}
