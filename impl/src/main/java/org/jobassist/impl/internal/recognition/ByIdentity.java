package org.jobassist.impl.internal.recognition;

import java.util.Arrays;
import org.jobassist.api.law.Explanation;

/**
 * Values kept by the identity of a few explanations (the same instances, not equal ones): the
 * explanation of a connective by its children's, a category's outcome by its condition's. An
 * open-addressing table asked with the explanations in a scratch array, that allocates nothing
 * to answer (a map would need a key object per question) and compares a slot's stored hash
 * before it reads the slot's key. A batch asks it several times per person and nearly always
 * finds the answer.
 *
 * <p>Holds at most {@code max} values; past that, {@link #put} keeps nothing. Confined to one
 * thread.
 *
 * @param <V> the value
 */
final class ByIdentity<V> {

    private final int max;
    private int[] hashes;
    private Explanation[][] keys;
    private Object[] values;
    private int size;
    /**
     * The key and value last found or kept: the next person often asks for the same (everyone
     * not registered on the day has the same condition explanations), and comparing with it
     * reads only what is already in the cache, where hashing reads the header of every
     * explanation of the key.
     */
    private Explanation[] lastKey;
    private Object lastValue;

    /**
     * An empty table.
     *
     * @param max the most values it keeps
     */
    ByIdentity(int max) {
        this.max = max;
        this.hashes = new int[16];
        this.keys = new Explanation[16][];
        this.values = new Object[16];
    }

    /** How many values it keeps. */
    int size() {
        return size;
    }

    /**
     * The value kept for the very explanations {@code xs[0]} to {@code xs[n - 1]}, or null.
     *
     * @param xs the explanations, none null
     * @param n how many
     */
    @SuppressWarnings("unchecked") // values holds only what put was given
    V get(Explanation[] xs, int n) {
        if (lastKey != null && same(lastKey, xs, n)) {
            return (V) lastValue;
        }
        int h = hash(xs, n);
        Explanation[][] k = keys;
        int[] hs = hashes;
        int mask = k.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            Explanation[] stored = k[i];
            if (stored == null) {
                return null;
            }
            if (hs[i] == h && same(stored, xs, n)) {
                lastKey = stored;
                lastValue = values[i];
                return (V) lastValue;
            }
        }
    }

    /**
     * Keeps {@code v} for the explanations {@code xs[0]} to {@code xs[n - 1]} (copied), unless
     * the table is full or already keeps a value for them.
     *
     * @param xs the explanations, none null
     * @param n how many
     * @param v the value
     */
    void put(Explanation[] xs, int n, V v) {
        if (size >= max) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        if (insert(hashes, keys, values, Arrays.copyOf(xs, n), v)) {
            size++;
        }
    }

    private void grow() {
        int slots = keys.length * 2;
        int[] h = new int[slots];
        Explanation[][] k = new Explanation[slots][];
        Object[] v = new Object[slots];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(h, k, v, keys[i], values[i]);
            }
        }
        hashes = h;
        keys = k;
        values = v;
    }

    private static boolean insert(int[] hs, Explanation[][] k, Object[] v, Explanation[] key, Object value) {
        int h = hash(key, key.length);
        int mask = k.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            if (k[i] == null) {
                hs[i] = h;
                k[i] = key;
                v[i] = value;
                return true;
            }
            if (hs[i] == h && same(k[i], key, key.length)) {
                return false;
            }
        }
    }

    private static boolean same(Explanation[] stored, Explanation[] xs, int n) {
        if (stored.length != n) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (stored[j] != xs[j]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(Explanation[] xs, int n) {
        int h = 1;
        for (int j = 0; j < n; j++) {
            h = 31 * h + System.identityHashCode(xs[j]);
        }
        // Spread, so that the low bits the slot is taken from depend on every child.
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
