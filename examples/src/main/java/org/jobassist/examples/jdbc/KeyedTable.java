package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.spi.BatchResult;

/**
 * The write path of a store whose values are whole rows under a unique key (households,
 * people, cases, evidence, histories): in one transaction, each key's row is read with
 * {@code SELECT ... FOR UPDATE} in a fixed key order (so two batches never wait on each other
 * in a cycle), compared with the new value, and inserted, updated or left alone. Two writers
 * inserting the same new key meet at the primary key: the later one fails with a unique
 * violation, its whole transaction is rolled back and run again by {@link Database}, and then
 * finds the row. The counts of the {@link BatchResult} are thus exact under concurrency.
 *
 * <p>A store with a change feed names it by {@link #feed()}: the keys of the rows inserted
 * or replaced are noted in {@link ChangeFeed} in the same transaction, and unchanged items
 * are not.
 *
 * @param <T> the value
 */
abstract class KeyedTable<T> {

    private final Database db;
    private final String what;

    KeyedTable(Database db, String what) {
        this.db = db;
        this.what = what;
    }

    /** {@code SELECT <columns> FROM <table> WHERE <key> FOR UPDATE}. */
    abstract String lockSql();

    abstract void bindKey(PreparedStatement p, T item) throws SQLException;

    abstract Sql.Decoder<T> decoder();

    abstract String insertSql();

    abstract void bindInsert(PreparedStatement p, T item) throws SQLException;

    abstract String updateSql();

    abstract void bindUpdate(PreparedStatement p, T item) throws SQLException;

    /** The order in which keys are locked. */
    abstract Comparator<T> keyOrder();

    /**
     * The change feed of this table, or null for none.
     *
     * @return the feed's name
     */
    String feed() {
        return null;
    }

    /**
     * The key an item's write is noted under in the change feed; only called when
     * {@link #feed()} is not null.
     *
     * @param item the item written
     * @return the key's text
     */
    String changedKey(T item) {
        throw new UnsupportedOperationException("no change feed");
    }

    /**
     * Whether {@code next} leaves {@code stored} as it is; equality unless a store compares
     * less (a referral's version is not part of its facts).
     *
     * @param stored the stored value
     * @param next the new value
     * @return true if nothing is to be written
     */
    boolean unchanged(T stored, T next) {
        return stored.equals(next);
    }

    /**
     * The rule a replacement breaks, or null; {@code path} is the item's path.
     *
     * @param stored the stored value
     * @param next the new value, different from it
     * @param path the item's path
     * @return the violation, or null
     */
    Violation replacementFault(T stored, T next, String path) {
        return null;
    }

    /**
     * Writes {@code items}, already checked for nulls and repeated keys, all or nothing.
     *
     * @param items the items
     * @param paths the path of each item for violations
     * @return the counts
     */
    BatchResult write(List<T> items, List<String> paths) {
        if (items.isEmpty()) {
            return BatchResult.EMPTY;
        }
        List<Integer> order = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Comparator<T> keys = keyOrder();
        order.sort((a, b) -> keys.compare(items.get(a), items.get(b)));
        return db.inTransaction(what, c -> write(c, items, paths, order));
    }

    private BatchResult write(Connection c, List<T> items, List<String> paths, List<Integer> order)
            throws SQLException {
        int inserted = 0;
        int replaced = 0;
        List<T> changed = new ArrayList<>();
        try (PreparedStatement lock = c.prepareStatement(lockSql());
             PreparedStatement insert = c.prepareStatement(insertSql());
             PreparedStatement update = c.prepareStatement(updateSql())) {
            Violation[] byIndex = new Violation[items.size()];
            for (int i : order) {
                T item = items.get(i);
                bindKey(lock, item);
                T stored;
                try (var rs = lock.executeQuery()) {
                    stored = rs.next() ? decoder().decode(rs) : null;
                }
                if (stored == null) {
                    bindInsert(insert, item);
                    insert.addBatch();
                    inserted++;
                    changed.add(item);
                } else if (!unchanged(stored, item)) {
                    Violation v = replacementFault(stored, item, paths.get(i));
                    if (v != null) {
                        byIndex[i] = v;
                        continue;
                    }
                    bindUpdate(update, item);
                    update.addBatch();
                    replaced++;
                    changed.add(item);
                }
            }
            // Rows are visited in key order; faults are reported in batch order.
            List<Violation> faults = new ArrayList<>();
            for (Violation v : byIndex) {
                if (v != null) {
                    faults.add(v);
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            if (inserted > 0) {
                insert.executeBatch();
            }
            if (replaced > 0) {
                update.executeBatch();
            }
            String feed = feed();
            if (feed != null) {
                List<String> keys = new ArrayList<>(changed.size());
                changed.forEach(t -> keys.add(changedKey(t)));
                ChangeFeed.note(c, feed, keys);
            }
        }
        return new BatchResult(inserted, replaced, items.size() - inserted - replaced);
    }

    /**
     * Writes the first item of each key of {@code items}, already checked by
     * {@link #checkBatch(List, String, java.util.function.Function, String, java.util.function.BiPredicate)},
     * and counts each later item with a key seen before as unchanged: it equals the first, and
     * writing both in one transaction would have the second insert meet the first at the
     * primary key.
     *
     * @param items the items
     * @param name the batch's path, such as {@code records}
     * @param key the key of an item
     * @return the counts
     */
    <K> BatchResult writeDistinct(List<T> items, String name, java.util.function.Function<T, K> key) {
        java.util.Set<K> seen = new java.util.HashSet<>();
        List<T> firsts = new ArrayList<>(items.size());
        List<String> paths = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (seen.add(key.apply(items.get(i)))) {
                firsts.add(items.get(i));
                paths.add(name + "[" + i + "]");
            }
        }
        BatchResult written = write(firsts, paths);
        return new BatchResult(written.inserted(), written.replaced(),
                written.unchanged() + items.size() - firsts.size());
    }

    /**
     * The faults of a batch on its own: null items and repeated keys.
     *
     * @param items the batch
     * @param name its path, such as {@code registers}
     * @param key the key of an item
     * @param keySuffix the key's path in an item, such as {@code .id}
     * @return the violations in item order
     */
    static <T, K> List<Violation> checkBatch(List<T> items, String name, java.util.function.Function<T, K> key,
                                             String keySuffix) {
        return checkBatch(items, name, key, keySuffix, (a, b) -> false);
    }

    /**
     * The faults of a batch on its own, where two items with one key may both stand if
     * {@code sameAllowed} says so (the equal items a retried append may carry twice; the
     * caller writes the first only).
     *
     * @param items the batch
     * @param name its path
     * @param key the key of an item
     * @param keySuffix the key's path in an item
     * @param sameAllowed whether a later item with the key of an earlier one is acceptable
     * @return the violations in item order
     */
    static <T, K> List<Violation> checkBatch(List<T> items, String name, java.util.function.Function<T, K> key,
                                             String keySuffix, java.util.function.BiPredicate<T, T> sameAllowed) {
        List<Violation> faults = new ArrayList<>();
        java.util.Map<K, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                faults.add(new Violation(name + "[" + i + "]", "store.null-item", "a batch must not hold null items"));
                continue;
            }
            Integer first = seen.putIfAbsent(key.apply(item), i);
            if (first != null && !sameAllowed.test(items.get(first), item)) {
                faults.add(new Violation(name + "[" + i + "]" + keySuffix, "store.duplicate-key",
                        "the batch already holds an item with this key at " + name + "[" + first + "]"));
            }
        }
        return faults;
    }

    /** The paths {@code name[i]}, or the empty path for a single save. */
    static List<String> paths(String name, int size) {
        List<String> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(name.isEmpty() ? "" : name + "[" + i + "]");
        }
        return out;
    }
}
