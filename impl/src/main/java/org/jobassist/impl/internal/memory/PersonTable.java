package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jobassist.api.family.PersonId;

/**
 * Values keyed by person, kept as immutable snapshots for the registries. Writers take one
 * lock, plan their change against the current snapshot and publish the next one through a
 * volatile field; readers take the current snapshot and never block, so they see a batch
 * whole or not at all.
 *
 * <p>The people are spread over {@value #SHARDS} hash maps and a write copies only the maps
 * of the people it touches, so a single write costs about {@code n / SHARDS}. A read is one
 * volatile read, one list index and one hash lookup: no allocation. The maps are keyed by the
 * id's text rather than the {@link PersonId} record, whose generated {@code equals} and
 * {@code hashCode} made lookups about twice as slow; the text is the same object the id holds.
 *
 * <p>Most people asked of a registry are not in it. A read first tests one bit of a filter
 * (one bit per person's hash, at least {@value #FILTER_BITS_PER_KEY} bits per person, small
 * enough to stay in cache) and goes to the hash map only when the bit is set, so that an absent
 * person costs no walk through memory. The filter only gains bits (a table never drops a
 * person), so a writer sets the bits of new people in place before it publishes the snapshot
 * holding them: a reader of an older snapshot at worst sees a bit too many, which only sends it
 * to the map. When the table outgrows the filter the writer makes a larger one for the next
 * snapshot.
 *
 * <p>Thread-safe.
 *
 * @param <V> the value, immutable
 */
final class PersonTable<V> {

    private static final int SHARD_BITS = 8;
    private static final int SHARDS = 1 << SHARD_BITS;
    /** The filter has at least this many bits per person: about one absent person in 16 gets through. */
    private static final int FILTER_BITS_PER_KEY = 16;
    private static final int MIN_FILTER_LOG2 = 10;
    /** How many counts a table keeps ({@link Change#part()}): a table shared by several registries keeps one each. */
    static final int PARTS = 8;

    private final Object writeLock = new Object();
    private volatile State<V> current;

    /** An empty table. */
    PersonTable() {
        List<Map<String, V>> shards = new ArrayList<>(SHARDS);
        for (int i = 0; i < SHARDS; i++) {
            shards.add(Map.of());
        }
        current = new State<>(List.copyOf(shards), new long[PARTS], 0, new long[1 << (MIN_FILTER_LOG2 - 6)],
                MIN_FILTER_LOG2);
    }

    /**
     * The current snapshot; it never changes.
     *
     * @return the snapshot
     */
    State<V> snapshot() {
        return current;
    }

    /**
     * Runs {@code planner} against the current snapshot under the writer lock and publishes
     * its puts all at once. If the planner throws, nothing changes.
     *
     * @param planner computes the values to put and the caller's result
     * @param <R> the caller's result
     * @return the planner's result
     */
    <R> R write(Function<State<V>, Change<V, R>> planner) {
        synchronized (writeLock) {
            State<V> before = current;
            Change<V, R> change = planner.apply(before);
            if (!change.puts().isEmpty()) {
                current = before.with(change.puts(), change.part(), change.sizeDelta());
            }
            return change.result();
        }
    }

    private static int shardOf(String key) {
        // The top bits of a multiplicative hash: HashMap buckets by the low bits of the spread
        // hash, so picking shards by those bits would crowd each shard's keys into a few buckets.
        return (key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SHARD_BITS);
    }

    /**
     * What a write puts and what it returns.
     *
     * @param puts the new value of each person touched; none null
     * @param part which count of {@link State#size(int)} changes, from 0 to {@link #PARTS} - 1
     * @param sizeDelta how much that count changes
     * @param result the caller's result
     * @param <V> the value
     * @param <R> the result
     */
    record Change<V, R>(Map<PersonId, V> puts, int part, long sizeDelta, R result) {

        /** A change of count 0, the one {@link State#size()} reads. */
        Change(Map<PersonId, V> puts, long sizeDelta, R result) {
            this(puts, 0, sizeDelta, result);
        }
    }

    /**
     * One immutable state of the table. Thread-safe.
     *
     * @param <V> the value
     */
    static final class State<V> {
        private final List<Map<String, V>> shards;
        /** The writers' counts, by part: what they count is theirs to say. */
        private final long[] sizes;
        /** How many people the table holds, which sizes the filter. */
        private final long keys;
        /** Bit {@link #filterBit} of every key in the table is set; shared by snapshots until it is outgrown. */
        private final long[] filter;
        private final int filterLog2;

        private State(List<Map<String, V>> shards, long[] sizes, long keys, long[] filter, int filterLog2) {
            this.shards = shards;
            this.sizes = sizes;
            this.keys = keys;
            this.filter = filter;
            this.filterLog2 = filterLog2;
        }

        /** The value of {@code person}, or null. */
        V get(PersonId person) {
            String key = person.value();
            int bit = filterBit(key, filterLog2);
            if ((filter[bit >>> 6] & (1L << bit)) == 0) {
                return null;
            }
            return shards.get(shardOf(key)).get(key);
        }

        private static int filterBit(String key, int log2) {
            // Another multiplier than the shards': the bit must not follow the shard.
            return (key.hashCode() * 0x85EBCA6B) >>> (Integer.SIZE - log2);
        }

        private static void mark(long[] filter, int log2, String key) {
            int bit = filterBit(key, log2);
            filter[bit >>> 6] |= 1L << bit;
        }

        /** Count 0 of the writers ({@link #size(int)}). */
        long size() {
            return sizes[0];
        }

        /** The count the writers keep as {@code part}. */
        long size(int part) {
            return sizes[part];
        }

        void forEach(Consumer<? super V> action) {
            for (Map<String, V> shard : shards) {
                shard.values().forEach(action);
            }
        }

        private State<V> with(Map<PersonId, V> puts, int part, long sizeDelta) {
            // The copied maps stay mutable HashMaps: never handed out, and a wrapper would cost every read.
            List<Map<String, V>> next = new ArrayList<>(shards);
            boolean[] copied = new boolean[SHARDS];
            long nextKeys = keys;
            for (Map.Entry<PersonId, V> e : puts.entrySet()) {
                String key = e.getKey().value();
                int s = shardOf(key);
                if (!copied[s]) {
                    next.set(s, new HashMap<>(next.get(s)));
                    copied[s] = true;
                }
                if (next.get(s).put(key, e.getValue()) == null) {
                    nextKeys++;
                }
            }
            long[] nextSizes = sizes.clone();
            nextSizes[part] += sizeDelta;
            long[] nextFilter = filter;
            int nextLog2 = filterLog2;
            if (nextKeys * FILTER_BITS_PER_KEY > (1L << filterLog2)) {
                while (nextKeys * FILTER_BITS_PER_KEY > (1L << nextLog2) && nextLog2 < 31) {
                    nextLog2++;
                }
                nextFilter = new long[1 << (nextLog2 - 6)];
                for (Map<String, V> shard : next) {
                    for (String key : shard.keySet()) {
                        mark(nextFilter, nextLog2, key);
                    }
                }
            } else {
                // In place: readers of the snapshots before this one may see these bits, which is harmless.
                for (PersonId p : puts.keySet()) {
                    mark(nextFilter, nextLog2, p.value());
                }
            }
            return new State<>(List.copyOf(next), nextSizes, nextKeys, nextFilter, nextLog2);
        }
    }
}
