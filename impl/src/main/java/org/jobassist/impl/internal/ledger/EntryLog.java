package org.jobassist.impl.internal.ledger;

import org.jobassist.api.subsidy.LedgerEntry;

/**
 * An append-only, chunked array of entries with a committed watermark. The single writer
 * appends past the watermark and then {@link #commit commits}; a reader reads
 * {@link #committed()} once and looks only below it, so it sees each commit whole or not at
 * all. Chunks spare the copying of one huge array as the log grows.
 *
 * <p>Appends need the caller's writer lock; reads are thread-safe and never block.
 */
final class EntryLog {

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private volatile LedgerEntry[][] chunks = new LedgerEntry[1][CHUNK];
    /** Appended, committed or not; the writer's alone. */
    private int size;
    private volatile int committed;

    /**
     * Appends past the watermark; readers do not see it until {@link #commit}.
     *
     * @param entry the entry
     * @return its position
     */
    int append(LedgerEntry entry) {
        int chunk = size >>> CHUNK_BITS;
        LedgerEntry[][] cs = chunks;
        if (chunk == cs.length) {
            LedgerEntry[][] grown = java.util.Arrays.copyOf(cs, cs.length * 2);
            for (int i = cs.length; i < grown.length; i++) {
                grown[i] = new LedgerEntry[CHUNK];
            }
            chunks = grown;
            cs = grown;
        }
        cs[chunk][size & (CHUNK - 1)] = entry;
        return size++;
    }

    /** Publishes every append so far. */
    void commit() {
        committed = size;
    }

    /**
     * Drops the appends since the last commit, for a write that failed half way.
     */
    void rollback() {
        LedgerEntry[][] cs = chunks;
        for (int p = committed; p < size; p++) {
            cs[p >>> CHUNK_BITS][p & (CHUNK - 1)] = null;
        }
        size = committed;
    }

    /** @return the positions below which readers look */
    int committed() {
        return committed;
    }

    /**
     * The entry at a position below a watermark read before.
     *
     * @param position the position
     * @return the entry
     */
    LedgerEntry get(int position) {
        return chunks[position >>> CHUNK_BITS][position & (CHUNK - 1)];
    }
}
