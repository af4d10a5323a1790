package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.StorageException;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-house migrator: version table, checksums, one transaction per script. */
class MigratorTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final List<Database> opened = new ArrayList<>();

    private Database h2() {
        Database db = new Database("jdbc:h2:mem:migrator" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        opened.add(db);
        return db;
    }

    @AfterEach
    void close() {
        for (Database db : opened) {
            db.read("shut down", c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
                return null;
            });
            db.close();
        }
    }

    private static Migrator migrator(String... sql) {
        List<Migrator.Script> scripts = new ArrayList<>();
        for (int i = 0; i < sql.length; i++) {
            scripts.add(new Migrator.Script(i + 1, "V" + (i + 1) + "__test.sql", sql[i]));
        }
        return new Migrator(scripts);
    }

    private static List<String> versions(Database db) {
        return db.read("read versions", c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
            return out;
        });
    }

    private static boolean tableExists(Database db, String table) {
        return db.read("look for a table", c -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    @Test
    @DisplayName("the first opening applies every script and records each with its version")
    void appliesAndRecords() {
        Database db = h2();
        assertEquals(2, migrator("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (y INTEGER);").migrate(db));
        assertEquals(List.of("1:V1__test.sql", "2:V2__test.sql"), versions(db));
        assertTrue(tableExists(db, "b"));
    }

    @Test
    @DisplayName("opening again with the same scripts applies nothing")
    void reopenIsNoOp() {
        Database db = h2();
        migrator("CREATE TABLE a (x INTEGER);").migrate(db);
        assertEquals(0, migrator("CREATE TABLE a (x INTEGER);").migrate(db));
        assertEquals(List.of("1:V1__test.sql"), versions(db));
    }

    @Test
    @DisplayName("a new script is applied on top of the recorded ones")
    void appliesOnlyNewScripts() {
        Database db = h2();
        migrator("CREATE TABLE a (x INTEGER);").migrate(db);
        assertEquals(1, migrator("CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN z INTEGER;").migrate(db));
        assertEquals(List.of("1:V1__test.sql", "2:V2__test.sql"), versions(db));
    }

    @Test
    @DisplayName("an applied script whose text changed is refused, naming the script")
    void changedScriptRefused() {
        Database db = h2();
        migrator("CREATE TABLE a (x INTEGER);").migrate(db);
        StorageException e = assertThrows(StorageException.class,
                () -> migrator("CREATE TABLE a (x BIGINT);", "CREATE TABLE b (y INTEGER);").migrate(db));
        assertTrue(e.getMessage().contains("V1__test.sql was changed"), e.getMessage());
        assertFalse(tableExists(db, "b"), "nothing after the changed script is applied");
    }

    @Test
    @DisplayName("a failing script is not recorded, and the scripts after it are not applied")
    void failingScriptNotRecorded() {
        Database db = h2();
        assertThrows(StorageException.class,
                () -> migrator("CREATE TABLE a (x INTEGER);", "CREATE TABLE broken (;", "CREATE TABLE c (z INTEGER);")
                        .migrate(db));
        assertEquals(List.of("1:V1__test.sql"), versions(db));
        assertFalse(tableExists(db, "c"));
    }

    @Test
    @DisplayName("on PostgreSQL a failing script leaves none of its statements behind")
    void postgresScriptAllOrNothing() {
        Postgres.Server server = Postgres.server();
        org.junit.jupiter.api.Assumptions.assumeTrue(server != null, () -> "PostgreSQL not available: " + Postgres.reason());
        String schema = "migrator" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        Backend.execute(server, "CREATE SCHEMA " + schema);
        Database db = new Database(server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                server.user(), server.password());
        try {
            assertThrows(StorageException.class,
                    () -> migrator("CREATE TABLE a (x INTEGER);\nCREATE TABLE broken (;").migrate(db));
            assertFalse(tableExists(db, "a"), "the script's first statement was rolled back");
            assertEquals(List.of(), versions(db));
        } finally {
            db.close();
            Backend.execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    @DisplayName("statements split at a semicolon ending a line; comment lines are dropped")
    void statements() {
        Migrator.Script s = new Migrator.Script(1, "V1__x.sql",
                "-- a comment; with a semicolon\r\nCREATE TABLE a (\n  x VARCHAR(3) DEFAULT ';'\n);\n\nINSERT INTO a VALUES ('b');\n");
        assertEquals(List.of("CREATE TABLE a (\nx VARCHAR(3) DEFAULT ';'\n)", "INSERT INTO a VALUES ('b')"),
                s.statements());
    }

    @Test
    @DisplayName("the checksum ignores line-ending style and changes with the text")
    void checksum() {
        String unix = new Migrator.Script(1, "V1__x.sql", "CREATE TABLE a (x INTEGER);\n").checksum();
        assertEquals(unix, new Migrator.Script(1, "V1__x.sql", "CREATE TABLE a (x INTEGER);\r\n").checksum());
        assertFalse(unix.equals(new Migrator.Script(1, "V1__x.sql", "CREATE TABLE a (x BIGINT);\n").checksum()));
        assertEquals(64, unix.length());
    }

    @Test
    @DisplayName("two scripts with one version are a programming error")
    void duplicateVersion() {
        assertThrows(IllegalArgumentException.class, () -> new Migrator(List.of(
                new Migrator.Script(1, "V1__a.sql", "SELECT 1;"), new Migrator.Script(1, "V1__b.sql", "SELECT 1;"))));
    }

    @Test
    @DisplayName("an H2 file database reopened keeps its data and applies no script again")
    void reopenFile(@TempDir Path dir) {
        Path file = dir.resolve("jobassist");
        PersonRecord person = PersonRecord.builder(PersonId.of("p-1"))
                .idNumber("11010519491231002X")
                .retirementClass(RetirementClass.FEMALE_WORKER_50)
                .residence(DivisionCode.of("210102"))
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2021, 3, 1)))
                .build();
        try (JdbcStores stores = JdbcStores.h2File(file)) {
            stores.people().save(person);
        }
        try (JdbcStores stores = JdbcStores.h2File(file)) {
            assertEquals(person, stores.people().find(PersonId.of("p-1")).orElseThrow());
        }
        Database db = new Database("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        try {
            assertEquals(0, Migrator.fromClassPath(JdbcStores.MIGRATIONS).migrate(db));
            assertEquals(List.of("1:V1__storage.sql", "2:V2__services.sql", "3:V3__sinks.sql"), versions(db));
        } finally {
            db.close();
        }
    }
}
