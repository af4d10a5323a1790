package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jobassist.api.spi.BatchResult;

/**
 * The one read–write lock of an in-memory store of this package, and the steps its stores
 * share. Every map of a store is read only inside {@link #read} and written only inside
 * {@link #write}, so a batch is one step that readers see whole; what a reader hands out is a
 * copy made under the lock and used outside it.
 */
final class Guarded {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Runs {@code reader} under the read lock.
     *
     * @param reader what to read
     * @param <T> the answer's type
     * @return its answer
     */
    <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code writer} under the write lock.
     *
     * @param writer what to write
     * @param <T> the answer's type
     * @return its answer
     */
    <T> T write(Supplier<T> writer) {
        lock.writeLock().lock();
        try {
            return writer.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The values that {@code keep} accepts, copied under the read lock and sorted outside it.
     *
     * @param values the values to look at (read under the lock)
     * @param keep which to keep
     * @param order the order of the answer, or null to keep the iteration order
     * @param <V> the value type
     * @return a new modifiable list
     */
    <V> List<V> select(Iterable<V> values, Predicate<? super V> keep, Comparator<? super V> order) {
        List<V> found = read(() -> {
            List<V> copy = new ArrayList<>();
            for (V v : values) {
                if (keep.test(v)) {
                    copy.add(v);
                }
            }
            return copy;
        });
        if (order != null) {
            found.sort(order);
        }
        return found;
    }

    /**
     * Puts every item in {@code map} under its key as one write step, counting each as
     * inserted, replaced or unchanged (an equal value already stored).
     *
     * @param map the store's map
     * @param items the checked batch
     * @param key the key of an item
     * @param <K> the key type
     * @param <V> the value type
     * @return the counts
     */
    <K, V> BatchResult putAll(Map<K, V> map, List<V> items, Function<? super V, K> key) {
        return write(() -> {
            int inserted = 0;
            int replaced = 0;
            int unchanged = 0;
            for (V item : items) {
                V before = map.put(key.apply(item), item);
                if (before == null) {
                    inserted++;
                } else if (before.equals(item)) {
                    unchanged++;
                } else {
                    replaced++;
                }
            }
            return new BatchResult(inserted, replaced, unchanged);
        });
    }
}
