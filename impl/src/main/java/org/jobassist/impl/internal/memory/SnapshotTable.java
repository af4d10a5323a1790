package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jobassist.api.region.DivisionCode;

/**
 * A keyed table of immutable values with an index by division, kept as immutable snapshots.
 * Writers take one lock, plan their change against the current snapshot and publish the next
 * one through a volatile field; readers take the current snapshot and never block.
 *
 * <p>A write copies only what it touches: the shards of the keys written (the keys are
 * spread over {@value #SHARDS} sorted shards) and the division sub-buckets they sit in (each
 * division's values are spread over {@value #SUB_BUCKETS} sub-buckets by key shard), plus the
 * arrays that point at them. So a single save costs about {@code n / SHARDS} plus
 * {@code b / SUB_BUCKETS} for a division of {@code b} values, not {@code n}: one by one, a
 * million registers in a hundred counties load in seconds, not minutes. Bulk loads still
 * belong in one batch, which copies each touched map once.
 *
 * <p>A table made with a hash index also keeps each shard as a {@link HashMap}, copied with
 * its sorted twin, and looks a key up there ({@link Snapshot#get}): one hash probe instead of
 * a walk down a tree comparing key texts, for a store whose keys are looked up far more often
 * than written (households, once per person recognised who has one).
 *
 * <p>Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value, immutable
 */
final class SnapshotTable<K, V> {

    private static final int SHARDS = 4096;
    private static final int SUB_BUCKETS = 64;

    private final Function<V, K> key;
    private final Comparator<K> order;
    private final ToIntFunction<K> shardHash;
    private final Function<V, DivisionCode> division;
    private final Object writeLock = new Object();
    private volatile Snapshot<K, V> current;

    /**
     * An empty table.
     *
     * @param key the key of a value
     * @param order the order of keys, for ranges and sorted answers
     * @param shardHash the hash that picks a key's shard; keys that must be found by a range
     *     share it
     * @param division the division bucket of a value
     */
    SnapshotTable(Function<V, K> key, Comparator<K> order, ToIntFunction<K> shardHash,
                  Function<V, DivisionCode> division) {
        this(key, order, shardHash, division, false);
    }

    /**
     * An empty table, with a hash index if asked.
     *
     * @param key the key of a value
     * @param order the order of keys, for ranges and sorted answers
     * @param shardHash the hash that picks a key's shard; keys that must be found by a range
     *     share it
     * @param division the division bucket of a value
     * @param hashIndex whether to keep each shard as a hash map too, for {@link Snapshot#get};
     *     the keys' {@code equals} must then agree with {@code order}
     */
    SnapshotTable(Function<V, K> key, Comparator<K> order, ToIntFunction<K> shardHash,
                  Function<V, DivisionCode> division, boolean hashIndex) {
        this.key = key;
        this.order = order;
        this.shardHash = shardHash;
        this.division = division;
        List<TreeMap<K, V>> shards = new ArrayList<>(SHARDS);
        List<HashMap<K, V>> hashed = hashIndex ? new ArrayList<>(SHARDS) : null;
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new TreeMap<>(order));
            if (hashIndex) {
                hashed.add(new HashMap<>(2));
            }
        }
        this.current = new Snapshot<>(this, shards, hashed, new HashMap<>(), 0);
    }

    /**
     * The current snapshot; it never changes.
     *
     * @return the snapshot
     */
    Snapshot<K, V> snapshot() {
        return current;
    }

    /**
     * Runs {@code planner} against the current snapshot under the writer lock and publishes
     * the values it asks to put, all at once. If the planner throws, nothing changes.
     *
     * @param planner computes the values to put and the caller's result
     * @param <R> the caller's result
     * @return the planner's result
     */
    <R> R write(Function<Snapshot<K, V>, Change<V, R>> planner) {
        synchronized (writeLock) {
            Snapshot<K, V> before = current;
            Change<V, R> change = planner.apply(before);
            if (!change.puts().isEmpty()) {
                current = before.with(change.puts());
            }
            return change.result();
        }
    }

    private int shardOf(K k) {
        return Math.floorMod(shardHash.applyAsInt(k), SHARDS);
    }

    /**
     * What a write puts and what it returns to its caller.
     *
     * @param puts values to insert or to replace by key; none of them null
     * @param result the caller's result
     * @param <V> the value
     * @param <R> the result
     */
    record Change<V, R>(List<V> puts, R result) {}

    /**
     * One immutable state of the table. Thread-safe.
     *
     * @param <K> the key
     * @param <V> the value
     */
    static final class Snapshot<K, V> {
        private final SnapshotTable<K, V> table;
        private final List<TreeMap<K, V>> shards;
        /** The same shards as hash maps, or null without a hash index. */
        private final List<HashMap<K, V>> hashed;
        /** Per division, {@link #SUB_BUCKETS} sorted sub-buckets, null where empty. */
        private final Map<DivisionCode, List<TreeMap<K, V>>> buckets;
        private final long size;

        private Snapshot(SnapshotTable<K, V> table, List<TreeMap<K, V>> shards, List<HashMap<K, V>> hashed,
                         Map<DivisionCode, List<TreeMap<K, V>>> buckets, long size) {
            this.table = table;
            this.shards = shards;
            this.hashed = hashed;
            this.buckets = buckets;
            this.size = size;
        }

        Optional<V> get(K k) {
            int s = table.shardOf(k);
            return Optional.ofNullable(hashed != null ? hashed.get(s).get(k) : shards.get(s).get(k));
        }

        /** Values with keys from {@code from} to {@code to}, both included, that share one shard hash. */
        List<V> range(K from, K to) {
            TreeMap<K, V> shard = shards.get(table.shardOf(from));
            return List.copyOf(shard.subMap(from, true, to, true).values());
        }

        /** Values whose division bucket {@code d} contains, sorted by key. */
        List<V> inDivision(DivisionCode d) {
            List<V> found = new ArrayList<>();
            for (Map.Entry<DivisionCode, List<TreeMap<K, V>>> e : buckets.entrySet()) {
                if (d.contains(e.getKey())) {
                    for (TreeMap<K, V> sub : e.getValue()) {
                        if (sub != null) {
                            found.addAll(sub.values());
                        }
                    }
                }
            }
            Comparator<K> order = table.order;
            Function<V, K> key = table.key;
            found.sort((a, b) -> order.compare(key.apply(a), key.apply(b)));
            return Collections.unmodifiableList(found);
        }

        void forEach(Consumer<? super V> action) {
            for (TreeMap<K, V> shard : shards) {
                shard.values().forEach(action);
            }
        }

        long size() {
            return size;
        }

        private Snapshot<K, V> with(List<V> puts) {
            List<TreeMap<K, V>> newShards = new ArrayList<>(shards);
            List<HashMap<K, V>> newHashed = hashed == null ? null : new ArrayList<>(hashed);
            Map<DivisionCode, List<TreeMap<K, V>>> newBuckets = new HashMap<>(buckets);
            boolean[] shardCopied = new boolean[newShards.size()];
            Map<DivisionCode, boolean[]> bucketCopied = new HashMap<>();
            long newSize = size;
            for (V v : puts) {
                K k = Objects.requireNonNull(table.key.apply(v));
                int s = table.shardOf(k);
                if (!shardCopied[s]) {
                    newShards.set(s, new TreeMap<>(newShards.get(s)));
                    if (newHashed != null) {
                        newHashed.set(s, new HashMap<>(newHashed.get(s)));
                    }
                    shardCopied[s] = true;
                }
                V old = newShards.get(s).put(k, v);
                if (newHashed != null) {
                    newHashed.get(s).put(k, v);
                }
                int sub = s % SUB_BUCKETS;
                if (old == null) {
                    newSize++;
                } else {
                    bucket(newBuckets, bucketCopied, table.division.apply(old), sub).remove(k);
                }
                bucket(newBuckets, bucketCopied, table.division.apply(v), sub).put(k, v);
            }
            // Only the divisions this write touched can have emptied; their lists are private copies.
            for (DivisionCode d : bucketCopied.keySet()) {
                List<TreeMap<K, V>> subs = newBuckets.get(d);
                subs.replaceAll(m -> m == null || m.isEmpty() ? null : m);
                if (subs.stream().allMatch(Objects::isNull)) {
                    newBuckets.remove(d);
                }
            }
            return new Snapshot<>(table, newShards, newHashed, newBuckets, newSize);
        }

        /** The sub-bucket, copied once per write before its first change. */
        private TreeMap<K, V> bucket(Map<DivisionCode, List<TreeMap<K, V>>> newBuckets,
                                     Map<DivisionCode, boolean[]> copied, DivisionCode d, int sub) {
            boolean[] subCopied = copied.get(d);
            if (subCopied == null) {
                subCopied = new boolean[SUB_BUCKETS];
                copied.put(d, subCopied);
                List<TreeMap<K, V>> old = newBuckets.get(d);
                newBuckets.put(d, old == null ? new ArrayList<>(Collections.nCopies(SUB_BUCKETS, null))
                        : new ArrayList<>(old));
            }
            List<TreeMap<K, V>> subs = newBuckets.get(d);
            if (!subCopied[sub]) {
                TreeMap<K, V> old = subs.get(sub);
                subs.set(sub, old == null ? new TreeMap<>(table.order) : new TreeMap<>(old));
                subCopied[sub] = true;
            }
            return subs.get(sub);
        }
    }
}
