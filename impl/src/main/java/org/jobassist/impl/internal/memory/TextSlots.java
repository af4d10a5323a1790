package org.jobassist.impl.internal.memory;

import org.jobassist.api.internal.PersonKeys;

/**
 * One open-addressing shard of values keyed by a text id (a person id, a household register
 * number): linear probing, at most half full. Slot {@code i} has three longs in {@code meta}
 * from {@code 3i}, the text's {@link PersonKeys key} (a tag of 0 marks an empty slot), the text
 * in {@code keys} and the value in {@code values}. A text held whole in its key is compared
 * there, without reading the text (a cache miss, and a second for its bytes); a longer one is
 * compared by its text. A lookup reads the slot, then the value reference beside it: a
 * {@code HashMap}'s walks table, node, key, the key's bytes and the value one after the other.
 *
 * <p>Never changed once published: a writer fills a {@link #copyFor copy} and publishes it
 * with its snapshot's volatile write. Shared by {@link FactTable} (rows by person id) and
 * {@link SnapshotTable}'s hash index (household registers by register number).
 *
 * @param <V> the value
 */
final class TextSlots<V> {

    /** The smallest shard, in slots. */
    private static final int MIN_SLOTS = 8;

    private static final TextSlots<?> EMPTY = new TextSlots<>(MIN_SLOTS);

    private final long[] meta;
    private final String[] keys;
    private final Object[] values;
    /** Changed only while the writer fills a copy; published with the snapshot's volatile write. */
    private int size;

    private TextSlots(int slots) {
        this(new long[3 * slots], new String[slots], new Object[slots], 0);
    }

    private TextSlots(long[] meta, String[] keys, Object[] values, int size) {
        this.meta = meta;
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /**
     * The empty shard, shared: a writer {@link #copyFor copies} it before putting.
     *
     * @param <V> the value
     * @return the shard
     */
    @SuppressWarnings("unchecked") // holds no value of any type
    static <V> TextSlots<V> empty() {
        return (TextSlots<V>) EMPTY;
    }

    /** How many keys the shard holds. */
    int size() {
        return size;
    }

    /** The value of the text whose {@link PersonKeys key} is {@code w[at]} to {@code w[at + 2]}, or null. */
    V get(String text, long[] w, int at) {
        int i = find(w, at, text);
        return i < 0 ? null : valueAt(i);
    }

    /**
     * The slot of the text whose {@link PersonKeys key} is {@code w[at]} to {@code w[at + 2]},
     * or -1.
     *
     * @param text the text itself; read only when its key does not hold it whole (the tag's
     *     low half is 0), and may be null when it does
     */
    int find(long[] w, int at, String text) {
        long tag = w[at];
        long w0 = w[at + 1];
        long w1 = w[at + 2];
        long[] m = meta;
        int mask = keys.length - 1;
        for (int i = slotOf((int) (tag >>> 32), mask);; i = (i + 1) & mask) {
            long stored = m[3 * i];
            if (stored == tag && m[3 * i + 1] == w0 && m[3 * i + 2] == w1
                    && ((int) tag != 0 || text.equals(keys[i]))) {
                return i;
            }
            if (stored == 0) {
                return -1;
            }
        }
    }

    /** The value in slot {@code i}, which {@link #find} gave. */
    @SuppressWarnings("unchecked") // only values of V are put
    V valueAt(int i) {
        return (V) values[i];
    }

    /** The first slot to probe for {@code hash} in a shard of {@code mask + 1} slots. */
    private static int slotOf(int hash, int mask) {
        // The low bits: tables pick a shard by the top ones, so every key of a shard shares them.
        return hash & mask;
    }

    /** A mutable copy with room for {@code more} keys; the writer fills it before publishing. */
    TextSlots<V> copyFor(int more) {
        int slots = keys.length;
        while ((size + more) * 2L > slots) {
            slots <<= 1;
        }
        if (slots == keys.length) {
            return new TextSlots<>(meta.clone(), keys.clone(), values.clone(), size);
        }
        TextSlots<V> grown = new TextSlots<>(slots);
        for (int i = 0; i < keys.length; i++) {
            if (meta[3 * i] != 0) {
                grown.put(keys[i], meta, 3 * i, valueAt(i));
            }
        }
        return grown;
    }

    /**
     * Puts in place, replacing the value of an equal text; only on a copy not yet published.
     * {@code w[at..at + 2]} are the text's {@link PersonKeys key}.
     */
    void put(String text, long[] w, int at, V value) {
        long tag = w[at];
        int mask = keys.length - 1;
        for (int i = slotOf((int) (tag >>> 32), mask);; i = (i + 1) & mask) {
            long stored = meta[3 * i];
            if (stored == 0) {
                meta[3 * i] = tag;
                meta[3 * i + 1] = w[at + 1];
                meta[3 * i + 2] = w[at + 2];
                keys[i] = text;
                values[i] = value;
                size++;
                return;
            }
            if (stored == tag && text.equals(keys[i])) {
                values[i] = value;
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "TextSlots[" + size + " of " + keys.length + "]";
    }
}
