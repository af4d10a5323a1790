package org.jobassist.impl.internal.recognition;

/**
 * Values kept by a tuple of {@code n} small integer ids, {@code n} fixed per table: the
 * explanation of a connective by the ids of its children's shared explanations, a category's
 * outcome by the id of its condition's. An open-addressing table whose keys are ints kept
 * side by side in one array, so a question hashes and compares ints only: it reads neither
 * the explanations (their headers, for an identity hash) nor a key object, and allocates
 * nothing. A batch asks it several times per person and nearly always finds the answer.
 *
 * <p>Holds at most {@code max} values; past that, {@link #put} keeps nothing. Confined to one
 * thread.
 *
 * @param <V> the value
 */
final class ByIds<V> {

    private final int n;
    private final int max;
    /** The key of slot {@code i}: {@code keys[n * i]} to {@code keys[n * i + n - 1]}. */
    private int[] keys;
    /** The hash of slot {@code i}'s key; 0 marks an empty slot. */
    private int[] hashes;
    private Object[] values;
    private int size;
    /**
     * The slot last found or filled, or -1: the next person often asks for the same
     * (everyone not registered on the day has the same condition explanations).
     */
    private int last = -1;

    /**
     * An empty table.
     *
     * @param n the number of ids in a key, at least 1
     * @param max the most values it keeps
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    ByIds(int n, int max) {
        if (n < 1) {
            throw new IllegalArgumentException("a key has at least one id");
        }
        this.n = n;
        this.max = max;
        this.keys = new int[16 * n];
        this.hashes = new int[16];
        this.values = new Object[16];
    }

    /** How many values it keeps. */
    int size() {
        return size;
    }

    /**
     * The value kept for the ids {@code ids[0]} to {@code ids[n - 1]}, or null.
     *
     * @param ids the ids, at least {@code n} of them
     */
    @SuppressWarnings("unchecked") // values holds only what put was given
    V get(int[] ids) {
        if (last >= 0 && same(keys, last, ids)) {
            return (V) values[last];
        }
        int h = hash(ids);
        int[] hs = hashes;
        int mask = hs.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            int stored = hs[i];
            if (stored == 0) {
                return null;
            }
            if (stored == h && same(keys, i, ids)) {
                last = i;
                return (V) values[i];
            }
        }
    }

    /**
     * Keeps {@code v} for the ids {@code ids[0]} to {@code ids[n - 1]}, unless the table is
     * full or already keeps a value for them.
     *
     * @param ids the ids, at least {@code n} of them
     * @param v the value, not null
     * @return whether it was kept
     */
    boolean put(int[] ids, V v) {
        if (size >= max) {
            return false;
        }
        if ((size + 1) * 2 > hashes.length) {
            grow();
        }
        int at = insert(ids, 0, hash(ids), v);
        if (at < 0) {
            return false;
        }
        size++;
        last = at;
        return true;
    }

    /** Puts the key at {@code from[at..at + n - 1]} with its hash; returns its slot, or -1 if present. */
    private int insert(int[] from, int at, int h, Object v) {
        int[] hs = hashes;
        int mask = hs.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            if (hs[i] == 0) {
                hs[i] = h;
                System.arraycopy(from, at, keys, n * i, n);
                values[i] = v;
                return i;
            }
            if (hs[i] == h && sameAt(keys, n * i, from, at)) {
                return -1;
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        int slots = oldHashes.length * 2;
        keys = new int[slots * n];
        hashes = new int[slots];
        values = new Object[slots];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                insert(oldKeys, n * i, oldHashes[i], oldValues[i]);
            }
        }
        last = -1;
    }

    private boolean same(int[] stored, int slot, int[] ids) {
        return sameAt(stored, n * slot, ids, 0);
    }

    private boolean sameAt(int[] a, int atA, int[] b, int atB) {
        for (int j = 0; j < n; j++) {
            if (a[atA + j] != b[atB + j]) {
                return false;
            }
        }
        return true;
    }

    /** The hash of {@code ids[0..n - 1]}: never 0, which marks an empty slot. */
    private int hash(int[] ids) {
        int h = 1;
        for (int j = 0; j < n; j++) {
            h = 31 * h + ids[j];
        }
        // Spread, so that the low bits the slot is taken from depend on every id.
        h *= 0x9E3779B9;
        h ^= h >>> 15;
        return h == 0 ? 1 : h;
    }

    @Override
    public String toString() {
        return "ByIds[" + n + " ids, " + size + " values]";
    }
}
