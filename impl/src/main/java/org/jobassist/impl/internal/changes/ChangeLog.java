package org.jobassist.impl.internal.changes;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.spi.Changes;

/**
 * The change feed of one in-memory store: after each write has been published, the store
 * notes the keys it wrote under one new position of a sequence that every log of the JVM
 * shares, so that one position marks one moment for all the in-memory stores
 * ({@link Changes}).
 *
 * <p>Why one lock for every log: a reader takes the current position and the keys up to it as
 * one step; were positions handed out outside that step, a writer of another log could hold a
 * position the reader has passed without having logged it yet, and the reader would miss it
 * forever. Noting is cheap (an array append), so the shared lock costs little.
 *
 * <p>Keys are noted after the write is visible, so whatever a reader sees logged at or before
 * a position is already readable; a write visible but not yet logged is reported by a later
 * answer (at least once, never lost).
 *
 * <p>Memory: one reference per key noted, plus one {@code long} and one {@code int} per
 * write. The log is never compacted: the in-memory stores serve tests and embedded use.
 *
 * <p>Thread-safe.
 *
 * @param <K> the key type
 */
public final class ChangeLog<K> {

    private static final Object LOCK = new Object();
    /** The last position handed out; guarded by LOCK. */
    private static long clock;

    private Object[] keys = new Object[16];
    private int size;
    /** Per write, its position and the index of its first key. */
    private long[] writeSequences = new long[8];
    private int[] writeStarts = new int[8];
    private int writes;

    /** An empty log. */
    public ChangeLog() {}

    /**
     * Notes one key written, under a new position.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    public void note(K key) {
        Objects.requireNonNull(key, "key");
        synchronized (LOCK) {
            startWrite();
            append(key);
        }
    }

    /**
     * Notes the keys of one write, under one new position; nothing if empty.
     *
     * @param written the keys
     * @throws NullPointerException if {@code written} or an element is null
     */
    public void noteAll(Collection<? extends K> written) {
        if (written.isEmpty()) {
            return;
        }
        synchronized (LOCK) {
            startWrite();
            for (K k : written) {
                append(Objects.requireNonNull(k, "key"));
            }
        }
    }

    /**
     * The keys noted after {@code sequence}, with the current position.
     *
     * @param sequence the position asked from
     * @return the changes
     * @throws org.jobassist.api.error.InvalidInputException {@code changes.sequence-negative}
     */
    public Changes<K> since(long sequence) {
        Changes.checked(sequence);
        synchronized (LOCK) {
            int w = Arrays.binarySearch(writeSequences, 0, writes, sequence);
            int firstWrite = w >= 0 ? w + 1 : -w - 1;
            int from = firstWrite >= writes ? size : writeStarts[firstWrite];
            Set<K> changed = new HashSet<>(Math.max(16, (size - from) * 4 / 3 + 1));
            for (int i = from; i < size; i++) {
                @SuppressWarnings("unchecked") // only K values are appended
                K k = (K) keys[i];
                changed.add(k);
            }
            return Changes.of(changed, clock);
        }
    }

    /**
     * The current position of the JVM-wide sequence.
     *
     * @return the position
     */
    public static long currentSequence() {
        synchronized (LOCK) {
            return clock;
        }
    }

    private void startWrite() {
        if (writes == writeSequences.length) {
            writeSequences = Arrays.copyOf(writeSequences, writes * 2);
            writeStarts = Arrays.copyOf(writeStarts, writes * 2);
        }
        writeSequences[writes] = ++clock;
        writeStarts[writes] = size;
        writes++;
    }

    private void append(Object key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + (size >> 1) + 16);
        }
        keys[size++] = key;
    }

    @Override
    public String toString() {
        return "ChangeLog[" + writes + " writes]";
    }
}
