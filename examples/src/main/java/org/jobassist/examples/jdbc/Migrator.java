package org.jobassist.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobassist.api.spi.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's schema migrator: applies the versioned SQL scripts
 * ({@code db/migration/V<n>__<description>.sql}) that a database has not seen yet, in
 * version order, and records each in the table {@code schema_version} with the SHA-256
 * checksum of its text. A script already applied must be unchanged: a changed checksum stops
 * the opening with a {@link StorageException}, since the database no longer matches the
 * scripts that describe it (add a new script instead of editing an applied one).
 *
 * <p>Each script runs in one transaction, its {@code schema_version} row last. On PostgreSQL,
 * whose DDL is transactional, a script is therefore applied whole or not at all. H2 commits
 * at each DDL statement, so a script that fails midway there leaves its earlier statements
 * behind and must be repaired by hand (for the embedded default, delete the file).
 *
 * <p>Scripts are plain SQL: statements end with {@code ;} at the end of a line, and lines
 * starting with {@code --} are comments.
 *
 * <p>Immutable and thread-safe.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    private static final String LOCATION = "db/migration/";

    /**
     * One migration script.
     *
     * @param version its version, from its file name
     * @param name its file name
     * @param sql its text
     */
    record Script(int version, String name, String sql) {
        Script {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sql, "sql");
            sql = sql.replace("\r\n", "\n");
        }

        /** The SHA-256 of the text, in hex. */
        String checksum() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(sql.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        /** The statements, without comments. */
        List<String> statements() {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                if (trimmed.endsWith(";")) {
                    current.append(trimmed, 0, trimmed.length() - 1);
                    out.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(trimmed).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        }
    }

    private final List<Script> scripts;

    Migrator(List<Script> scripts) {
        List<Script> sorted = new ArrayList<>(scripts);
        sorted.sort(Comparator.comparingInt(Script::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new IllegalArgumentException("two migration scripts have version " + sorted.get(i).version());
            }
        }
        this.scripts = List.copyOf(sorted);
    }

    /**
     * The scripts named, read from the class path under {@code db/migration/}.
     *
     * @param names file names such as {@code V1__storage.sql}
     * @return the migrator
     * @throws IllegalStateException if a script is missing or misnamed
     */
    static Migrator fromClassPath(List<String> names) {
        List<Script> scripts = new ArrayList<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("a migration script is named V<n>__<description>.sql: " + name);
            }
            try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(LOCATION + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing migration script " + LOCATION + name);
                }
                scripts.add(new Script(Integer.parseInt(m.group(1)), name,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration script " + name, e);
            }
        }
        return new Migrator(scripts);
    }

    /**
     * Brings {@code db} up to the last script.
     *
     * @param db the database
     * @return how many scripts were applied now (0 when the schema was current)
     * @throws StorageException if an applied script has changed, or a script fails
     */
    int migrate(Database db) {
        db.inTransaction("create schema_version", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "name VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL)");
            }
            return null;
        });
        Map<Integer, String> applied = applied(db);
        int count = 0;
        for (Script script : scripts) {
            String stored = applied.get(script.version());
            if (stored == null) {
                try {
                    apply(db, script);
                    count++;
                    LOG.info("applied migration {}", script.name());
                } catch (StorageException e) {
                    // Another process may have applied the same script meanwhile.
                    stored = applied(db).get(script.version());
                    if (stored == null) {
                        throw e;
                    }
                }
            }
            if (stored != null && !stored.equals(script.checksum())) {
                throw new StorageException("migration " + script.name()
                        + " was changed after it was applied: its checksum differs from the one recorded in "
                        + "schema_version; add a new script instead");
            }
        }
        return count;
    }

    private static void apply(Database db, Script script) {
        db.inTransaction("migration " + script.name(), c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : script.statements()) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, name, checksum) VALUES (?, ?, ?)")) {
                p.setInt(1, script.version());
                p.setString(2, script.name());
                p.setString(3, script.checksum());
                p.executeUpdate();
            }
            return null;
        });
    }

    private static Map<Integer, String> applied(Database db) {
        return db.read("read schema_version", c -> {
            Map<Integer, String> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The scripts, in version order.
     *
     * @return the scripts
     */
    List<Script> scripts() {
        return scripts;
    }

    @Override
    public String toString() {
        return "Migrator[" + scripts.size() + " scripts]";
    }

}
