package org.jobassist.testkit.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.QueryKind;
import org.jobassist.api.spi.StorageException;
import org.junit.jupiter.api.Test;

/** The recording sink keeps every event, in order, from any number of threads, and fails on demand. */
class RecordingAuditSinkTest {

    private static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    private static final Instant AT = Instant.parse("2021-11-09T08:00:00Z");

    private static AuditEvent event(String user, int shown) {
        return AuditEvent.of(Caller.of(user, AccessScope.province()), AT, PERSON, QueryKind.ENJOYED_POLICIES, shown, 0);
    }

    @Test
    void keepsEventsInOrder() {
        RecordingAuditSink sink = new RecordingAuditSink();
        assertEquals(Optional.empty(), sink.last());
        sink.record(event("a", 1));
        sink.record(event("b", 2));
        assertEquals(List.of(event("a", 1), event("b", 2)), sink.events());
        assertEquals(Optional.of(event("b", 2)), sink.last());
        assertEquals(2, sink.size());
        assertThrows(UnsupportedOperationException.class, () -> sink.events().clear());
        sink.clear();
        assertEquals(0, sink.size());
        assertThrows(NullPointerException.class, () -> sink.record(null));
    }

    @Test
    void failsOnDemandAndKeepsNothing() {
        RecordingAuditSink sink = new RecordingAuditSink();
        StorageException down = new StorageException("down");
        sink.failWith(down);
        assertSame(down, assertThrows(StorageException.class, () -> sink.record(event("a", 1))));
        assertEquals(0, sink.size());
        sink.failWith(null);
        sink.record(event("a", 1));
        assertEquals(1, sink.size());
    }

    @Test
    void keepsEveryThreadsEventsInThatThreadsOrder() throws InterruptedException {
        RecordingAuditSink sink = new RecordingAuditSink();
        int threads = 4;
        int each = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = "t" + t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < each; i++) {
                    sink.record(event(user, i));
                }
            });
            workers.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        List<AuditEvent> events = sink.events();
        assertEquals(threads * each, events.size());
        for (int t = 0; t < threads; t++) {
            String user = "t" + t;
            List<Integer> seen = events.stream().filter(e -> e.userId().equals(user)).map(AuditEvent::shown).toList();
            assertEquals(each, seen.size());
            for (int i = 0; i < each; i++) {
                assertEquals(i, seen.get(i));
            }
        }
        assertTrue(sink.toString().contains("2000 events"));
    }
}
