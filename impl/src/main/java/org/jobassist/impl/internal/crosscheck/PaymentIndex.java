package org.jobassist.impl.internal.crosscheck;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.subsidy.LedgerEntry;

/**
 * One run's payments grouped by the person's ID number, each taken at most once: the
 * cross-check adds every payment of the period, then takes each person's while it reads the
 * person, and counts what nobody took.
 *
 * <p>A {@code HashMap} of lists keyed by {@link ResidentIdNumber} cost a node, a list and,
 * on each lookup, the key's string and bytes: about a third of a full run of a million people.
 * Here the key is the number's first 17 digits as a {@code long} (the 18th, the check
 * character, follows from them, so distinct numbers have distinct keys), in an open-addressed
 * table; a person's payments are a chain of indices through two {@code int} arrays. A person
 * without payments costs one probe of a {@code long} array.
 *
 * <p>One thread adds; then any number of threads may {@link #take} at once (each person's
 * payments go to exactly one taker, by a compare-and-set of the person's slot), once the
 * adding thread's writes are visible to them (as handing work to an executor makes them).
 * The caller counts what it took: {@link #size()} minus that is what nobody took.
 */
final class PaymentIndex {

    private static final VarHandle HEADS = MethodHandles.arrayElementVarHandle(int[].class);

    private static final int MIN_CAPACITY = 16;

    /** Key + 1 of each slot, 0 for an empty slot. */
    private long[] keys;
    /** The index of the last entry of the slot's person, or -1 once taken. */
    private int[] heads;
    private int mask;
    /** Slots in use, taken or not. */
    private int used;

    private LedgerEntry[] entries;
    /** The index of the same person's entry before, or -1. */
    private int[] previous;
    private int size;

    /**
     * An empty index, sized for about {@code expectedEntries} payments.
     *
     * @param expectedEntries a guess of the number of payments, 0 or more
     */
    PaymentIndex(long expectedEntries) {
        int entryCapacity = (int) Math.max(MIN_CAPACITY, Math.min(1 << 28, expectedEntries));
        entries = new LedgerEntry[entryCapacity];
        previous = new int[entryCapacity];
        // About two payments a person, and a table at most half full.
        int slots = Integer.highestOneBit(Math.max(MIN_CAPACITY, entryCapacity) - 1) << 1;
        keys = new long[slots];
        heads = new int[slots];
        mask = slots - 1;
    }

    /**
     * Adds {@code e}, a payment of {@code person}, unless an equal payment of theirs was added
     * before (an equal copy in two ledgers is one payment). Not after {@link #take}.
     *
     * @param person the person of the entry
     * @param e the entry
     */
    void add(ResidentIdNumber person, LedgerEntry e) {
        addKeyed(key(person), e);
    }

    private void addKeyed(long key, LedgerEntry e) {
        int slot = slotOf(key);
        if (keys[slot] == 0) {
            if ((used + 1) * 2L > keys.length) {
                grow();
                slot = slotOf(key);
            }
            keys[slot] = key + 1;
            heads[slot] = -1;
            used++;
        } else {
            for (int i = heads[slot]; i >= 0; i = previous[i]) {
                if (entries[i].equals(e)) {
                    return;
                }
            }
        }
        if (size == entries.length) {
            int capacity = Math.max(MIN_CAPACITY, size * 2);
            entries = Arrays.copyOf(entries, capacity);
            previous = Arrays.copyOf(previous, capacity);
        }
        entries[size] = e;
        previous[size] = heads[slot];
        heads[slot] = size;
        size++;
    }

    /**
     * A buffer that adds payments to this index in batches: the keys of a batch first, then
     * their slots, then the additions, so that the trips to memory of one step overlap.
     *
     * @return a new, empty buffer
     */
    Batch batch() {
        return new Batch();
    }

    /** Payments waiting to be added, in the order given; {@link #flush} adds them. */
    final class Batch {
        private static final int SIZE = 64;
        private final ResidentIdNumber[] persons = new ResidentIdNumber[SIZE];
        private final LedgerEntry[] pending = new LedgerEntry[SIZE];
        private final long[] batchKeys = new long[SIZE];
        private int count;
        /** Read from the slots ahead of the additions, only to bring them into cache. */
        private long touched;

        /**
         * As {@link PaymentIndex#add}, soon.
         *
         * @param person the person of the entry
         * @param e the entry
         */
        void add(ResidentIdNumber person, LedgerEntry e) {
            persons[count] = person;
            pending[count] = e;
            if (++count == SIZE) {
                flush();
            }
        }

        /** Adds what waits. */
        void flush() {
            int n = count;
            for (int i = 0; i < n; i++) {
                batchKeys[i] = key(persons[i]);
            }
            long t = 0;
            long[] k = keys;
            for (int i = 0; i < n; i++) {
                t += k[hash(batchKeys[i]) & mask];
            }
            touched += t;
            for (int i = 0; i < n; i++) {
                addKeyed(batchKeys[i], pending[i]);
                persons[i] = null;
                pending[i] = null;
            }
            count = 0;
        }

        @Override
        public String toString() {
            return "PaymentIndex.Batch[" + count + " waiting]";
        }
    }

    /**
     * Removes and returns the payments of {@code person}, in the order added. Safe to call
     * from several threads at once.
     *
     * @param person the person
     * @return the payments, or null if none remain
     */
    List<LedgerEntry> take(ResidentIdNumber person) {
        if (size == 0) {
            return null;
        }
        int slot = find(key(person));
        if (slot < 0) {
            return null;
        }
        int head = (int) HEADS.getVolatile(heads, slot);
        // The key stays, so that probes for other keys still pass the slot; -1 marks it taken.
        if (head < 0 || !HEADS.compareAndSet(heads, slot, head, -1)) {
            return null;
        }
        int n = 0;
        for (int i = head; i >= 0; i = previous[i]) {
            n++;
        }
        LedgerEntry[] found = new LedgerEntry[n];
        for (int i = head; i >= 0; i = previous[i]) {
            found[--n] = entries[i];
        }
        return Arrays.asList(found);
    }

    /**
     * The payments added.
     *
     * @return their number
     */
    int size() {
        return size;
    }

    /** The slot of {@code key}, or -1. */
    private int find(long key) {
        long stored = key + 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == stored) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The slot of {@code key}, or the empty slot where it goes. */
    private int slotOf(long key) {
        long stored = key + 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == stored || k == 0) {
                return slot;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = slotOf(oldKeys[s] - 1);
                keys[slot] = oldKeys[s];
                heads[slot] = oldHeads[s];
            }
        }
    }

    private static int hash(long key) {
        // The finaliser of MurmurHash3: the digits' structure (address, birth date, sequence) would cluster a plain product.
        long h = key;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** The first 17 digits as a number: distinct for distinct ID numbers, below 10^17. */
    static long key(ResidentIdNumber person) {
        String v = person.value();
        long k = 0;
        for (int i = 0; i < 17; i++) {
            k = k * 10 + (v.charAt(i) - '0');
        }
        return k;
    }

    @Override
    public String toString() {
        return "PaymentIndex[" + size + " payments]";
    }
}
