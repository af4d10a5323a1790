package org.jobassist.impl.internal.memory;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jobassist.api.family.PersonId;
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
 * its own rather than a {@code HashMap}: a lookup reads the slot's stored hash and its key
 * and row reference side by side (two reads that do not wait for each other) and then the row,
 * where a map's lookup walks table, node, key and value one after the other. That chain of
 * cache misses was the largest cost of recognition over a million people. The key is the id's
 * text, usually the very object the id holds, so the comparison is one reference test.
 *
 * <p>Writers of every registry of the table take its one lock; readers never block.
 * Thread-safe.
 */
public final class FactTable {

    private static final int SHARD_BITS = 8;
    private static final int SHARDS = 1 << SHARD_BITS;
    /** The smallest shard, in slots. */
    private static final int MIN_SLOTS_LOG2 = 3;
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
     * The rows of {@code count} people at once, as {@link #row} gives each, from one
     * snapshot: the work is done in stages over all of them (every id's hash, then every
     * slot), so that the cache misses of one stage, independent of each other, overlap
     * instead of each person waiting for their own chain of them.
     *
     * @param people the people, {@code people[0]} to {@code people[count - 1]}; a null element gets a null row
     * @param hashes scratch space of at least {@code count} elements
     * @param count how many
     * @param into where the rows go, at the people's indices
     * @throws IndexOutOfBoundsException if an array is shorter than {@code count}
     */
    public void rows(PersonId[] people, int[] hashes, int count, FactRow[] into) {
        State s = current;
        for (int j = 0; j < count; j++) {
            PersonId p = people[j];
            hashes[j] = p == null ? 0 : hash(p.value());
        }
        for (int j = 0; j < count; j++) {
            PersonId p = people[j];
            if (p == null) {
                into[j] = null;
            } else {
                FactRow r = s.shards[shardOf(hashes[j])].get(p.value(), hashes[j]);
                into[j] = r == null ? FactRow.EMPTY : r;
            }
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

    /**
     * The stored hash of {@code key}: never 0, which marks an empty slot. Mixed so that both
     * the shard (top bits) and the slot (the bits below) spread ids that differ only in their
     * last characters.
     */
    static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        return h == 0 ? 1 : h;
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
     * One open-addressing shard, linear probing, at most half full: {@code hashes[i]} is the
     * stored hash of slot {@code i} (0 if empty), {@code entries[2i]} its key and
     * {@code entries[2i + 1]} its row. Never changed once published.
     */
    private static final class Shard {
        static final Shard EMPTY = new Shard(new int[1 << MIN_SLOTS_LOG2], new Object[2 << MIN_SLOTS_LOG2], 0);

        final int[] hashes;
        final Object[] entries;
        /** Changed only while the writer fills a copy; published with the snapshot's volatile write. */
        int size;

        Shard(int[] hashes, Object[] entries, int size) {
            this.hashes = hashes;
            this.entries = entries;
            this.size = size;
        }

        FactRow get(String key, int hash) {
            int[] h = hashes;
            Object[] kv = entries;
            int mask = h.length - 1;
            for (int i = slotOf(hash, mask);; i = (i + 1) & mask) {
                int stored = h[i];
                if (stored == hash) {
                    Object k = kv[2 * i];
                    if (k == key || key.equals(k)) {
                        return (FactRow) kv[2 * i + 1];
                    }
                } else if (stored == 0) {
                    return null;
                }
            }
        }

        /** A mutable copy with room for {@code more} keys; the writer fills it before publishing. */
        Shard copyFor(int more) {
            int slots = hashes.length;
            while ((size + more) * 2L > slots) {
                slots <<= 1;
            }
            if (slots == hashes.length) {
                return new Shard(hashes.clone(), entries.clone(), size);
            }
            Shard grown = new Shard(new int[slots], new Object[2 * slots], 0);
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] != 0) {
                    grown.put((String) entries[2 * i], hashes[i], (FactRow) entries[2 * i + 1]);
                }
            }
            return grown;
        }

        /** Puts in place; only on a copy not yet published. */
        void put(String key, int hash, FactRow row) {
            int mask = hashes.length - 1;
            for (int i = slotOf(hash, mask);; i = (i + 1) & mask) {
                int stored = hashes[i];
                if (stored == 0) {
                    hashes[i] = hash;
                    entries[2 * i] = key;
                    entries[2 * i + 1] = row;
                    size++;
                    return;
                }
                if (stored == hash && key.equals(entries[2 * i])) {
                    entries[2 * i + 1] = row;
                    return;
                }
            }
        }
    }

    /** One immutable state of the table. Thread-safe. */
    static final class State {
        private final Shard[] shards;
        /** The writers' counts, by part: what they count is theirs to say. */
        private final long[] sizes;

        private State(Shard[] shards, long[] sizes) {
            this.shards = shards;
            this.sizes = sizes;
        }

        static State empty() {
            Shard[] shards = new Shard[SHARDS];
            Arrays.fill(shards, Shard.EMPTY);
            return new State(shards, new long[PARTS]);
        }

        /** The row stored under the id text {@code key}, or null. */
        FactRow get(String key) {
            int hash = hash(key);
            return shards[shardOf(hash)].get(key, hash);
        }

        /** The count the writers keep as {@code part}. */
        long size(int part) {
            return sizes[part];
        }

        /** How many people the table holds a row of. */
        long people() {
            long n = 0;
            for (Shard s : shards) {
                n += s.size;
            }
            return n;
        }

        private State with(Map<PersonId, FactRow> puts, int part, long sizeDelta) {
            Shard[] next = shards.clone();
            int[] more = new int[SHARDS];
            for (PersonId p : puts.keySet()) {
                more[shardOf(hash(p.value()))]++;
            }
            boolean[] copied = new boolean[SHARDS];
            for (Map.Entry<PersonId, FactRow> e : puts.entrySet()) {
                String key = e.getKey().value();
                int hash = hash(key);
                int s = shardOf(hash);
                if (!copied[s]) {
                    next[s] = next[s].copyFor(more[s]);
                    copied[s] = true;
                }
                next[s].put(key, hash, Objects.requireNonNull(e.getValue(), "row"));
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
