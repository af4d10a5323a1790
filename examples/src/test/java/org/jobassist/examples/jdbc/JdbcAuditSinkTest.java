package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.AuditFailedException;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.query.QueryKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.StorageException;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.PolicyQueries;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JdbcAuditSink}: order, durability, fail closed, no ID number in clear; on H2 (subclassed for PostgreSQL). */
class JdbcAuditSinkTest {

    private static final DivisionCode DALIAN = DivisionCode.parse("210200");
    private static final Instant AT = Instant.parse("2021-11-09T08:00:00.123456789Z");

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    private static AuditEvent event(String user, int second, ResidentIdNumber subject) {
        return AuditEvent.of(Caller.of(user, AccessScope.city(DALIAN)), AT.plusSeconds(second), subject,
                QueryKind.ENJOYED_POLICIES, second % 5, second % 3);
    }

    private static List<String> lines(JdbcAuditSink sink) {
        List<String> out = new ArrayList<>();
        sink.forEach(out::add);
        return out;
    }

    @Test
    @DisplayName("events are kept in the order recorded, as their audit lines, nanoseconds included")
    void keptInOrder() {
        JdbcAuditSink sink = databases.open(backend()).auditSink();
        ResidentIdNumber n = JdbcChangeFeedTest.idNumber(7);
        List<AuditEvent> events = List.of(event("u-3", 30, n), event("u-1", 10, n), event("u-2", 20, n));
        events.forEach(sink::record);
        assertEquals(events.stream().map(AuditEvent::toString).toList(), lines(sink));
        assertEquals(3, sink.count());
        assertTrue(lines(sink).get(0).startsWith("2021-11-09T08:00:30.123456789Z user u-3 (city 210200) "
                + "enjoyed-policies 210102********"));
        assertThrows(NullPointerException.class, () -> sink.record(null));
        assertEquals(3, sink.count());
    }

    @Test
    @DisplayName("each thread's events are kept in the order that thread recorded them")
    void orderPerThread() throws Exception {
        JdbcAuditSink sink = databases.open(backend()).auditSink();
        ResidentIdNumber n = JdbcChangeFeedTest.idNumber(8);
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = "t" + t;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        sink.record(event(user, i, n));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> kept = lines(sink);
        assertEquals(threads * each, kept.size());
        for (int t = 0; t < threads; t++) {
            String marker = " user t" + t + " ";
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                expected.add(event("t" + t, i, n).toString());
            }
            assertEquals(expected, kept.stream().filter(l -> l.contains(marker)).toList());
        }
    }

    @Test
    @DisplayName("no column of audit_event holds the subject's ID number in clear; the masked form is stored")
    void noIdNumberInClear() throws SQLException {
        Backend.Opened o = databases.openWithAccess(backend());
        ResidentIdNumber n = JdbcChangeFeedTest.idNumber(9);
        AuditEvent e = event("u-17", 1, n);
        o.stores().auditSink().record(e);
        try (Connection c = o.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM audit_event")) {
            ResultSetMetaData meta = rs.getMetaData();
            assertTrue(rs.next());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String cell = String.valueOf(rs.getObject(i));
                assertFalse(cell.contains(n.value()), meta.getColumnName(i));
                assertFalse(cell.contains(n.value().substring(6, 14)), "birth date part in " + meta.getColumnName(i));
            }
            assertEquals(n.masked(), rs.getString("subject_masked"));
            assertEquals(e.toString(), rs.getString("line"));
            assertEquals("210200", rs.getString("scope_division"));
            assertFalse(rs.next());
        }
    }

    @Test
    @DisplayName("PolicyQueries over the JDBC stores audits into the table; with the audit database gone it fails closed")
    void failsClosedThroughPolicyQueries() {
        JdbcStores stores = databases.open(backend());
        ResidentIdNumber n = JdbcChangeFeedTest.idNumber(10);
        PersonRecord p = JdbcChangeFeedTest.person("q", 10);
        stores.people().save(p);
        EntitlementLedger ledger = stores.ledger(Ledgers.rules(2, 3));
        Beneficiary payee = Beneficiary.person(n);
        YearMonth march = YearMonth.of(2021, 3);
        ledger.record(LedgerEntry.builder(IdempotencyKey.monthly(payee, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, march))
                .payee(payee).city(DALIAN).month(march).amount(Money.ofYuan(300)).grantReference("FSI-Q")
                .grantedOn(march.atEndOfMonth()).build());
        Caller caller = Caller.of("u-17", AccessScope.province());
        try (Doomed audit = Doomed.open(backend())) {
            JdbcAuditSink sink = audit.stores().auditSink();
            PolicyQueries queries = PolicyQueries.of(ledger, stores.recognitions(), stores.people(), sink);
            EnjoyedPolicies seen = queries.enjoyed(caller, n, AT);
            assertEquals(Money.ofYuan(300), seen.total());
            assertEquals(List.of(AuditEvent.of(caller, AT, n, QueryKind.ENJOYED_POLICIES, 1, 0).toString()),
                    lines(sink));

            audit.kill();
            AuditFailedException e = assertThrows(AuditFailedException.class,
                    () -> queries.enjoyed(caller, n, AT.plusSeconds(1)));
            assertInstanceOf(StorageException.class, e.getCause());
            assertFalse(String.valueOf(e.getMessage()).contains(n.value()));
            assertFalse(String.valueOf(e.getCause().getMessage()).contains(n.value()));
            assertThrows(StorageException.class, () -> sink.record(event("u-17", 2, n)));
        }
    }

    @Test
    @DisplayName("a sink of closed stores refuses to record")
    void closedStores() {
        JdbcStores stores = JdbcStores.h2InMemory("closedAudit" + System.nanoTime());
        JdbcAuditSink sink = stores.auditSink();
        stores.close();
        assertThrows(IllegalStateException.class, () -> sink.record(event("u", 1, JdbcChangeFeedTest.idNumber(11))));
    }
}
