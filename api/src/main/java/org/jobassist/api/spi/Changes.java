package org.jobassist.api.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * An answer of a change feed (变更记录): the keys (people) whose stored data changed after a
 * position of the feed, and the position to ask from next time. Stores and registries answer
 * it through their {@code changedSince(long)} method so that an incremental cross-check reads
 * only what changed.
 *
 * <p><b>Positions.</b> A position ({@link #sequence()}) is a non-negative number that only
 * grows; 0 is "before anything". The answer is <em>at least</em> every key changed after the
 * position asked and up to {@link #sequence()}: it may hold keys whose write changed nothing,
 * and a key changed after {@code sequence()} may or may not be in it already; asking again from
 * {@code sequence()} will hold it. The in-memory stores count one sequence for the whole JVM,
 * so that one position marks one moment for all of them; a host gives its stores one domain
 * too (a database sequence, a transaction number).
 *
 * <p><b>Everything.</b> A store that cannot tell what changed answers
 * {@link #everything(long)}: every key is to be treated as changed.
 *
 * <p>Error code: {@code changes.sequence-negative} (path {@code sequence}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the key type, such as {@link org.jobassist.api.family.PersonId}
 */
public final class Changes<K> {

    private final Set<K> keys;
    private final long sequence;

    private Changes(Set<K> keys, long sequence) {
        this.keys = keys;
        this.sequence = checked(sequence);
    }

    /**
     * The answer of a store that cannot tell what changed.
     *
     * @param <K> the key type
     * @param sequence the position to ask from next time, not negative
     * @return the answer
     * @throws InvalidInputException {@code changes.sequence-negative}
     */
    public static <K> Changes<K> everything(long sequence) {
        return new Changes<>(null, sequence);
    }

    /**
     * The answer naming {@code keys} as changed.
     *
     * @param <K> the key type
     * @param keys the changed keys, copied
     * @param sequence the position to ask from next time, not negative
     * @return the answer
     * @throws InvalidInputException {@code changes.sequence-negative}
     * @throws NullPointerException if {@code keys} or an element is null
     */
    public static <K> Changes<K> of(Collection<? extends K> keys, long sequence) {
        Set<K> copy = new HashSet<>(keys.size() * 4 / 3 + 1);
        for (K k : keys) {
            copy.add(Objects.requireNonNull(k, "key"));
        }
        return new Changes<>(Collections.unmodifiableSet(copy), sequence);
    }

    /**
     * Checks a position a caller asks from.
     *
     * @param sequence the position
     * @return the position
     * @throws InvalidInputException {@code changes.sequence-negative} if negative
     */
    public static long checked(long sequence) {
        if (sequence < 0) {
            throw new InvalidInputException(new Violation("sequence", "changes.sequence-negative",
                    "a change-feed position is not negative"));
        }
        return sequence;
    }

    /**
     * Whether the store could not tell, and every key is to be treated as changed.
     *
     * @return true for {@link #everything}
     */
    public boolean isEverything() {
        return keys == null;
    }

    /**
     * The changed keys.
     *
     * @return an unmodifiable set
     * @throws IllegalStateException if {@link #isEverything()}
     */
    public Set<K> keys() {
        if (keys == null) {
            throw new IllegalStateException("the store could not tell which keys changed");
        }
        return keys;
    }

    /**
     * Whether {@code key} is to be treated as changed.
     *
     * @param key the key
     * @return true if named, or if everything changed
     * @throws NullPointerException if {@code key} is null
     */
    public boolean includes(K key) {
        Objects.requireNonNull(key, "key");
        return keys == null || keys.contains(key);
    }

    /**
     * The position to ask from next time.
     *
     * @return the position, not negative
     */
    public long sequence() {
        return sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Changes<?> c && sequence == c.sequence && Objects.equals(keys, c.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(keys) * 31 + Long.hashCode(sequence);
    }

    /**
     * A summary with the count of keys, never the keys themselves.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Changes[" + (keys == null ? "everything" : keys.size() + " keys") + " up to " + sequence + "]";
    }
}
