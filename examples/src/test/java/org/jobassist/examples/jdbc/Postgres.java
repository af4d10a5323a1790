package org.jobassist.examples.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of the tests: the one named by {@code JOBASSIST_PG_URL} (with
 * {@code JOBASSIST_PG_USER} and {@code JOBASSIST_PG_PASSWORD}), as {@code .ci/postgres.sh}
 * exports it; else one started here from {@code /usr/lib/postgresql/<v>/bin} in a temporary
 * folder on a free loopback port and stopped when the JVM ends (unless
 * {@code -Djobassist.pg.start=false}); else none, and the PostgreSQL tests are skipped with the
 * reason, printed once on stderr.
 */
final class Postgres {

    /** A reachable server. */
    record Server(String url, String user, String password) {}

    private static Server server;
    private static String reason;
    private static boolean looked;

    private Postgres() {}

    /** The server, or null when there is none (see {@link #reason()}). */
    static synchronized Server server() {
        if (!looked) {
            looked = true;
            find();
            if (server == null) {
                System.err.println("[jobassist] PostgreSQL not available, its contract tests are skipped: " + reason);
            } else {
                System.err.println("[jobassist] PostgreSQL contract tests run against " + server.url());
            }
        }
        return server;
    }

    /** Why there is no server. */
    static synchronized String reason() {
        return reason;
    }

    private static void find() {
        String url = System.getenv("JOBASSIST_PG_URL");
        if (url != null && !url.isBlank()) {
            Server s = new Server(url, System.getenv("JOBASSIST_PG_USER"), System.getenv("JOBASSIST_PG_PASSWORD"));
            // A server the environment names must work: a failure here is a failure, not a skip.
            check(s);
            server = s;
            return;
        }
        if (!Boolean.parseBoolean(System.getProperty("jobassist.pg.start", "true"))) {
            reason = "JOBASSIST_PG_URL is not set and -Djobassist.pg.start=false forbids starting a server";
            return;
        }
        try {
            server = start();
        } catch (IOException | RuntimeException e) {
            reason = "JOBASSIST_PG_URL is not set and no server could be started (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "interrupted while starting a server";
        }
    }

    private static void check(Server s) {
        try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password())) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("JOBASSIST_PG_URL is set but PostgreSQL cannot be reached", e);
        }
    }

    private static Server start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("jobassist-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), root);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"),
                root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"),
                        root);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.err.println("[jobassist] could not stop the test PostgreSQL in " + dir + ": " + e);
            }
        }));
        Server s = new Server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        check(s);
        return s;
    }

    private static Path binaries() throws IOException {
        Path base = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IOException("no /usr/lib/postgresql");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(p -> p.getParent().getFileName().toString(),
                            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                    .orElseThrow(() -> new IOException("no initdb under /usr/lib/postgresql"));
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + out.strip());
        }
    }
}
