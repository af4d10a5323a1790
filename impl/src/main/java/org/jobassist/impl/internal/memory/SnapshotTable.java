package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.jobassist.api.internal.PersonKeys;
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
 * <p>A table made with a hash index also keeps the values in {@value #HASH_SHARDS}
 * open-addressing shards keyed by the key's text ({@link TextSlots}, as {@link FactTable} keeps
 * its rows), copied on write as the sorted ones are, and looks a key up there
 * ({@link Snapshot#get}, {@link Snapshot#getAll}): a probe of one slot instead of a walk down a
 * tree comparing key texts, for a store whose keys are looked up far more often than written
 * (households, once per person recognised who has one).
 *
 * <p>Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value, immutable
 */
final class SnapshotTable<K, V> {

    private static final int SHARDS = 4096;
    private static final int SUB_BUCKETS = 64;
    private static final int HASH_SHARD_BITS = 12;
    private static final int HASH_SHARDS = 1 << HASH_SHARD_BITS;

    private final Function<V, K> key;
    private final Comparator<K> order;
    private final ToIntFunction<K> shardHash;
    private final Function<V, DivisionCode> division;
    /** The text of a key, for the hash index; null without one. */
    private final Function<K, String> keyText;
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
        this(key, order, shardHash, division, null);
    }

    /**
     * An empty table, with a hash index if asked.
     *
     * @param key the key of a value
     * @param order the order of keys, for ranges and sorted answers
     * @param shardHash the hash that picks a key's shard; keys that must be found by a range
     *     share it
     * @param division the division bucket of a value
     * @param keyText the text of a key, for a hash index keyed by it, which {@link Snapshot#get}
     *     then reads (equal keys have equal texts and unequal keys unequal ones); null for none
     */
    SnapshotTable(Function<V, K> key, Comparator<K> order, ToIntFunction<K> shardHash,
                  Function<V, DivisionCode> division, Function<K, String> keyText) {
        this.key = key;
        this.order = order;
        this.shardHash = shardHash;
        this.division = division;
        this.keyText = keyText;
        List<TreeMap<K, V>> shards = new ArrayList<>(SHARDS);
        for (int i = 0; i < SHARDS; i++) {
            shards.add(new TreeMap<>(order));
        }
        TextSlots<V>[] hashed = null;
        if (keyText != null) {
            hashed = newHashShards();
            Arrays.fill(hashed, TextSlots.empty());
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

    /** The hash shard of the text whose {@link PersonKeys key} has the tag {@code tag}: its hash's top bits. */
    private static int hashShardOf(long tag) {
        return (int) (tag >>> 32) >>> (Integer.SIZE - HASH_SHARD_BITS);
    }

    @SuppressWarnings("unchecked") // an array of a generic type: each element is a TextSlots<V>
    private static <V> TextSlots<V>[] newHashShards() {
        return (TextSlots<V>[]) new TextSlots<?>[HASH_SHARDS];
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
        /** The values by the text of their keys, in {@link #HASH_SHARDS} shards; null without a hash index. */
        private final TextSlots<V>[] hashed;
        /** Per division, {@link #SUB_BUCKETS} sorted sub-buckets, null where empty. */
        private final Map<DivisionCode, List<TreeMap<K, V>>> buckets;
        private final long size;

        private Snapshot(SnapshotTable<K, V> table, List<TreeMap<K, V>> shards, TextSlots<V>[] hashed,
                         Map<DivisionCode, List<TreeMap<K, V>>> buckets, long size) {
            this.table = table;
            this.shards = shards;
            this.hashed = hashed;
            this.buckets = buckets;
            this.size = size;
        }

        Optional<V> get(K k) {
            if (hashed == null) {
                return Optional.ofNullable(shards.get(table.shardOf(k)).get(k));
            }
            String text = table.keyText.apply(k);
            long[] w = new long[3];
            PersonKeys.of(text, w, 0);
            return Optional.ofNullable(hashed[hashShardOf(w[0])].get(text, w, 0));
        }

        /**
         * The values of {@code count} keys at once, by their texts, as {@link #get} finds each;
         * only with a hash index. The work is done in stages over all the keys (every text's
         * key, then every slot, then every value), each a short loop, so that the processor
         * has many keys' reads from memory in flight at once instead of each waiting for its own.
         *
         * @param texts the keys' texts, {@code texts[0]} to {@code texts[count - 1]}; a null one gets a null value
         * @param count how many
         * @param words scratch space for at least {@code 3 * count} longs
         * @param slots scratch space for at least {@code count} ints
         * @param into where the values go, at the texts' indices: null where there is none
         * @throws IllegalStateException if the table has no hash index
         * @throws IndexOutOfBoundsException if {@code count} exceeds the arrays
         */
        void getAll(String[] texts, int count, long[] words, int[] slots, Object[] into) {
            TextSlots<V>[] h = hashed;
            if (h == null) {
                throw new IllegalStateException("the table has no hash index");
            }
            for (int j = 0; j < count; j++) {
                if (texts[j] != null) {
                    PersonKeys.of(texts[j], words, 3 * j);
                }
            }
            for (int j = 0; j < count; j++) {
                if (texts[j] != null) {
                    slots[j] = h[hashShardOf(words[3 * j])].find(words, 3 * j, texts[j]);
                }
            }
            for (int j = 0; j < count; j++) {
                into[j] = texts[j] == null || slots[j] < 0 ? null : h[hashShardOf(words[3 * j])].valueAt(slots[j]);
            }
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
            TextSlots<V>[] newHashed = hashed == null ? null : hashed.clone();
            boolean[] hashCopied = hashed == null ? null : new boolean[HASH_SHARDS];
            int[] hashMore = hashed == null ? null : new int[HASH_SHARDS];
            long[] w = new long[3];
            if (hashed != null) {
                for (V v : puts) {
                    PersonKeys.of(table.keyText.apply(table.key.apply(v)), w, 0);
                    hashMore[hashShardOf(w[0])]++;
                }
            }
            Map<DivisionCode, List<TreeMap<K, V>>> newBuckets = new HashMap<>(buckets);
            boolean[] shardCopied = new boolean[newShards.size()];
            Map<DivisionCode, boolean[]> bucketCopied = new HashMap<>();
            long newSize = size;
            for (V v : puts) {
                K k = Objects.requireNonNull(table.key.apply(v));
                int s = table.shardOf(k);
                if (!shardCopied[s]) {
                    newShards.set(s, new TreeMap<>(newShards.get(s)));
                    shardCopied[s] = true;
                }
                V old = newShards.get(s).put(k, v);
                if (newHashed != null) {
                    String text = table.keyText.apply(k);
                    PersonKeys.of(text, w, 0);
                    int h = hashShardOf(w[0]);
                    if (!hashCopied[h]) {
                        newHashed[h] = newHashed[h].copyFor(hashMore[h]);
                        hashCopied[h] = true;
                    }
                    newHashed[h].put(text, w, 0, v);
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
