package org.jobassist.impl.internal.memory;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.internal.PersonKeys;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.Registries;

/**
 * One person-keyed table of {@link FactRow}s that several in-memory registries share: the
 * registries made together by {@code InMemoryStores.registries()} keep every source's
 * evidence and the contribution histories of one person in one row, so that recognition
 * reads all of them with one lookup ({@link #row}) rather than one per registry. A registry
 * made alone has a table of its own. Each registry writes only its own part of a row and
 * counts its own items (count {@link RegistrySource#ordinal()} of the table).
 *
 * <p>The rows are kept in immutable snapshots, as {@link PersonTable} keeps its values (one
 * writer lock, copy-on-write of the shards a write touches, a volatile publish; readers never
 * block and see a write whole or not at all), but each shard is an open-addressing table of
 * its own rather than a {@code HashMap}: a lookup reads the slot, which holds the id's hash
 * and, for an id of up to 16 one-byte characters, the id itself, and the row reference beside
 * it (two reads that do not wait for each other), then the row; a map's lookup walks table,
 * node, key, the key's bytes and the value one after the other. That chain of cache misses
 * was the largest cost of recognition over a million people.
 *
 * <p>Writers of every registry of the table take its one lock; readers never block.
 * Thread-safe.
 */
public final class FactTable {

    private static final int SHARD_BITS = 8;
    private static final int SHARDS = 1 << SHARD_BITS;
    /** How many counts a table keeps ({@link Change#part()}): one per registry sharing it. */
    static final int PARTS = 8;

    private final Object writeLock = new Object();
    private volatile State current = State.empty();

    /** An empty table. */
    public FactTable() {}

    /**
     * The row of {@code person} in the current snapshot, {@link FactRow#EMPTY} if the table
     * holds nothing about them. One lookup, no allocation.
     *
     * @param person the person
     * @return the row
     * @throws NullPointerException if {@code person} is null
     */
    public FactRow row(PersonId person) {
        return rowIn(current, Objects.requireNonNull(person, "person"));
    }

    /**
     * The rows of {@code count} people at once, as {@link #row} gives each, from one snapshot,
     * found by the {@link PersonKeys key} each record keeps of its id: the ids and their text
     * are not read (unless an id is too long or too wide to be held whole in a key). The work
     * is done in stages over all the people (every key, then every slot, then every row
     * reference), each a short loop, so that the processor has many people's reads from
     * memory in flight at once instead of each person waiting for their own.
     *
     * @param people the people, {@code people[0]} to {@code people[count - 1]}; a null element gets a null row
     * @param lookup scratch space for at least {@code count} people
     * @param count how many
     * @param into where the rows go, at the people's indices
     * @throws IndexOutOfBoundsException if {@code count} exceeds the arrays or the scratch space
     */
    public void rows(PersonRecord[] people, Lookup lookup, int count, FactRow[] into) {
        State s = current;
        long[] w = lookup.words;
        int[] slots = lookup.slots;
        TextSlots<FactRow>[] shards = lookup.shards;
        for (int j = 0; j < count; j++) {
            if (people[j] != null) {
                PersonKeys.of(people[j], w, 3 * j);
            }
        }
        for (int j = 0; j < count; j++) {
            PersonRecord p = people[j];
            if (p != null) {
                TextSlots<FactRow> shard = s.shards[shardOf((int) (w[3 * j] >>> 32))];
                shards[j] = shard;
                // The id's text only when its key does not hold it whole.
                slots[j] = shard.find(w, 3 * j, (int) w[3 * j] != 0 ? null : p.id().value());
            }
        }
        for (int j = 0; j < count; j++) {
            into[j] = people[j] == null ? null : slots[j] < 0 ? FactRow.EMPTY : shards[j].valueAt(slots[j]);
            shards[j] = null;
        }
    }

    /**
     * Scratch space of {@link #rows(PersonRecord[], Lookup, int, FactRow[])} for a number of
     * people: one per batch, reused for each group of people. Confined to one thread.
     */
    public static final class Lookup {
        final long[] words;
        final int[] slots;
        final TextSlots<FactRow>[] shards;

        /**
         * Room for {@code capacity} people.
         *
         * @param capacity how many people a call looks up at most
         * @throws NegativeArraySizeException if {@code capacity} is negative
         */
        public Lookup(int capacity) {
            this.words = new long[3 * capacity];
            this.slots = new int[capacity];
            this.shards = newShards(capacity);
        }

        @Override
        public String toString() {
            return "FactTable.Lookup[" + slots.length + "]";
        }
    }

    /**
     * The table behind every registry of {@code registries}, when they are all in-memory
     * registries over one table; otherwise null, and the registries are to be asked one by one.
     *
     * @param registries the registries
     * @return the shared table, or null
     */
    public static FactTable sharedBy(Registries registries) {
        if (!(registries.socialInsurance() instanceof InMemorySocialInsuranceRegistry si)) {
            return null;
        }
        FactTable shared = si.table();
        for (RegistrySource s : RegistrySource.values()) {
            if (s == RegistrySource.SOCIAL_INSURANCE) {
                continue;
            }
            EvidenceRegistry r = registries.evidenceRegistry(s);
            if (!(r instanceof InMemoryEvidenceRegistry m) || m.table() != shared) {
                return null;
            }
        }
        return shared;
    }

    /** The current snapshot; it never changes. */
    State snapshot() {
        return current;
    }

    /**
     * Runs {@code planner} against the current snapshot under the writer lock and publishes
     * its puts all at once. If the planner throws, nothing changes.
     *
     * @param planner computes the rows to put and the caller's result
     * @param <R> the caller's result
     * @return the planner's result
     */
    <R> R write(Function<State, Change<R>> planner) {
        synchronized (writeLock) {
            State before = current;
            Change<R> change = planner.apply(before);
            if (!change.puts().isEmpty()) {
                current = before.with(change.puts(), change.part(), change.sizeDelta());
            }
            return change.result();
        }
    }

    /** The row of {@code person} in {@code s}, {@link FactRow#EMPTY} if none. */
    static FactRow rowIn(State s, PersonId person) {
        FactRow r = s.get(person.value());
        return r == null ? FactRow.EMPTY : r;
    }

    /** The stored hash of {@code key}: never 0, which marks an empty slot ({@link PersonKeys#hash}). */
    static int hash(String key) {
        return PersonKeys.hash(key);
    }

    private static int shardOf(int hash) {
        return hash >>> (Integer.SIZE - SHARD_BITS);
    }

    /** The first slot to probe for {@code hash} in a shard of {@code mask + 1} slots. */
    private static int slotOf(int hash, int mask) {
        // The low bits: the top ones chose the shard, so every key of a shard shares them.
        return hash & mask;
    }

    /**
     * What a write puts and what it returns.
     *
     * @param puts the new row of each person touched; none null
     * @param part which count of {@link State#size(int)} changes, from 0 to {@link #PARTS} - 1
     * @param sizeDelta how much that count changes
     * @param result the caller's result
     * @param <R> the result
     */
    record Change<R>(Map<PersonId, FactRow> puts, int part, long sizeDelta, R result) {}

    /**
     * The words a slot stores of {@code key}: its {@link PersonKeys key}, {@code out[at]} its
     * tag (the hash in the high half; the length plus one in the low half when the key holds
     * the id whole, 0 when it does not), {@code out[at + 1]} and {@code out[at + 2]} its first
     * {@value PersonKeys#INLINE_CHARS} characters.
     */
    static void words(String key, long[] out, int at) {
        PersonKeys.of(key, out, at);
    }

    @SuppressWarnings("unchecked") // an array of a generic type: each element is a TextSlots<FactRow>
    private static TextSlots<FactRow>[] newShards(int n) {
        return (TextSlots<FactRow>[]) new TextSlots<?>[n];
    }

    /** One immutable state of the table. Thread-safe. */
    static final class State {
        private final TextSlots<FactRow>[] shards;
        /** The writers' counts, by part: what they count is theirs to say. */
        private final long[] sizes;

        private State(TextSlots<FactRow>[] shards, long[] sizes) {
            this.shards = shards;
            this.sizes = sizes;
        }

        static State empty() {
            TextSlots<FactRow>[] shards = newShards(SHARDS);
            Arrays.fill(shards, TextSlots.empty());
            return new State(shards, new long[PARTS]);
        }

        /** The row stored under the id text {@code key}, or null. */
        FactRow get(String key) {
            long[] w = new long[3];
            words(key, w, 0);
            return shards[shardOf((int) (w[0] >>> 32))].get(key, w, 0);
        }

        /** The count the writers keep as {@code part}. */
        long size(int part) {
            return sizes[part];
        }

        /** How many people the table holds a row of. */
        long people() {
            long n = 0;
            for (TextSlots<FactRow> s : shards) {
                n += s.size();
            }
            return n;
        }

        private State with(Map<PersonId, FactRow> puts, int part, long sizeDelta) {
            TextSlots<FactRow>[] next = shards.clone();
            int[] more = new int[SHARDS];
            for (PersonId p : puts.keySet()) {
                more[shardOf(hash(p.value()))]++;
            }
            boolean[] copied = new boolean[SHARDS];
            long[] w = new long[3];
            for (Map.Entry<PersonId, FactRow> e : puts.entrySet()) {
                String key = e.getKey().value();
                words(key, w, 0);
                int s = shardOf((int) (w[0] >>> 32));
                if (!copied[s]) {
                    next[s] = next[s].copyFor(more[s]);
                    copied[s] = true;
                }
                next[s].put(key, w, 0, Objects.requireNonNull(e.getValue(), "row"));
            }
            long[] nextSizes = sizes.clone();
            nextSizes[part] += sizeDelta;
            return new State(next, nextSizes);
        }
    }

    @Override
    public String toString() {
        return "FactTable";
    }
}
