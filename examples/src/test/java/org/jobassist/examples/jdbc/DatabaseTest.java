package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.jobassist.api.spi.StorageException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Failures of the database: retried, rolled back, and reported without personal data. */
class DatabaseTest {

    private static final String ID_NUMBER = "11010519491231002X";

    @Test
    @DisplayName("a storage failure names the operation and SQLState, never a value of the statement")
    void noPersonalDataInFailures() {
        Database db = new Database("jdbc:h2:mem:dbtest" + System.nanoTime(), "sa", "");
        try {
            db.read("setup", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE t (id VARCHAR(18) PRIMARY KEY, n INTEGER NOT NULL)");
                }
                return null;
            });
            StorageException e = assertThrows(StorageException.class, () -> db.inTransaction("insert", c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t (id, n) VALUES (?, ?)")) {
                    p.setString(1, ID_NUMBER);
                    p.setString(2, "not a number " + ID_NUMBER);
                    return p.executeUpdate();
                }
            }));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(ID_NUMBER), t.toString());
            }
            assertEquals("insert failed (SQLState 22018)", e.getMessage());
        } finally {
            db.close();
        }
    }

    @Test
    @DisplayName("a conflict with a concurrent writer is retried until the work succeeds")
    void retriesConflicts() {
        Database db = new Database("jdbc:h2:mem:dbtest" + System.nanoTime(), "sa", "");
        try {
            int[] attempts = {0};
            int result = db.inTransaction("flaky", c -> {
                if (++attempts[0] < 3) {
                    throw new SQLException("simulated", "40001");
                }
                return 7;
            });
            assertEquals(7, result);
            assertEquals(3, attempts[0]);
        } finally {
            db.close();
        }
    }
}
