package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jobassist.api.spi.Changes;

/**
 * The change feed of the stores of one database ({@link Changes}), over the table
 * {@code change_log}: a writer notes the keys it changed in its own transaction, unstamped; a
 * reader stamps every committed unstamped row with the next position and reads the keys
 * stamped after the position it was asked from.
 *
 * <p>Why positions are handed out by readers and not by writers: a position taken when a row
 * is written (an identity or sequence value) orders rows by the start of their writes, not by
 * their commits. Writer A takes 10, writer B takes 11 and commits, a reader sees 11 and
 * answers "up to 11"; then A commits 10, below the position the reader handed out, and is
 * never reported. Stamping at read time, under the row lock of
 * {@code store_lock('change_feed')}, gives every row the first position handed out after its
 * commit; a transaction still open is simply not stamped yet. No writer waits on the
 * counter, so writers of different stores never serialise on the feed; readers serialise on
 * it, which costs little since a cross-check reads the feed once per source.
 *
 * <p>The log is never compacted here: a host that knows the oldest position its consumers
 * still hold may delete rows stamped at or below it.
 *
 * <p>Stateless and thread-safe.
 */
final class ChangeFeed {

    /** The feed of the person store. */
    static final String PEOPLE = "person";
    /** The feed of the recognition store. */
    static final String RECOGNITIONS = "recognition";
    /** The feed of the social-insurance registry. */
    static final String CONTRIBUTIONS = "contribution";
    /** The feed of the ledger; its keys are ID numbers. */
    static final String LEDGER = "ledger";

    private ChangeFeed() {}

    /** The feed of the evidence registry of {@code source}. */
    static String evidence(Enum<?> source) {
        return "evidence " + source.name();
    }

    /**
     * Notes {@code keys} as changed by the transaction of {@code c}; nothing if empty.
     *
     * @param c the writer's connection, inside its transaction
     * @param feed the feed
     * @param keys the keys changed; a key noted twice is reported once
     * @throws SQLException when the database fails
     */
    static void note(Connection c, String feed, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO change_log (feed, subject) VALUES (?, ?)")) {
            for (String k : keys) {
                p.setString(1, feed);
                p.setString(2, k);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The keys of {@code feed} changed after {@code sequence}, with the position to ask from
     * next time.
     *
     * @param db the database
     * @param feed the feed
     * @param sequence the position asked from
     * @param parse makes a key of its stored text
     * @return the changes
     * @throws org.jobassist.api.error.InvalidInputException {@code changes.sequence-negative}
     * @throws org.jobassist.api.spi.StorageException if the database fails
     */
    static <K> Changes<K> since(Database db, String feed, long sequence, Function<String, K> parse) {
        Changes.checked(sequence);
        long position = stamp(db);
        if (sequence >= position) {
            return Changes.of(List.of(), position);
        }
        List<K> keys = db.read("read the change feed", c -> Sql.list(c,
                "SELECT DISTINCT subject FROM change_log WHERE feed = ? AND seq_no > ? AND seq_no <= ?", p -> {
                    p.setString(1, feed);
                    p.setLong(2, sequence);
                    p.setLong(3, position);
                }, rs -> parse.apply(rs.getString(1))));
        return Changes.of(keys, position);
    }

    /**
     * Stamps every committed unstamped row with the next position and returns the last
     * position handed out: every row committed before the call is stamped at or below it, and
     * every row stamped later gets a greater one.
     */
    static long stamp(Database db) {
        return db.inTransaction("stamp the change feed", c -> {
            long last = Sql.first(c, "SELECT counter FROM store_lock WHERE name = 'change_feed' FOR UPDATE",
                    p -> { }, rs -> rs.getLong(1));
            int stamped;
            try (PreparedStatement p = c.prepareStatement("UPDATE change_log SET seq_no = ? WHERE seq_no IS NULL")) {
                p.setLong(1, last + 1);
                stamped = p.executeUpdate();
            }
            if (stamped == 0) {
                return last;
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE store_lock SET counter = ? WHERE name = 'change_feed'")) {
                p.setLong(1, last + 1);
                p.executeUpdate();
            }
            return last + 1;
        });
    }
}
