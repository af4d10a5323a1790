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
                } else if (!stored.equals(item)) {
                    Violation v = replacementFault(stored, item, paths.get(i));
                    if (v != null) {
                        byIndex[i] = v;
                        continue;
                    }
                    bindUpdate(update, item);
                    update.addBatch();
                    replaced++;
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
        }
        return new BatchResult(inserted, replaced, items.size() - inserted - replaced);
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
        List<Violation> faults = new ArrayList<>();
        java.util.Map<K, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                faults.add(new Violation(name + "[" + i + "]", "store.null-item", "a batch must not hold null items"));
                continue;
            }
            Integer first = seen.putIfAbsent(key.apply(item), i);
            if (first != null) {
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
