package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JdbcReminderSink}: idempotent delivery, distinct reminders kept, failures thrown; on H2 (subclassed for PostgreSQL). */
class JdbcReminderSinkTest {

    private static final DivisionCode ANSHAN = DivisionCode.parse("210300");
    private static final DivisionCode FUSHUN = DivisionCode.parse("210400");
    private static final YearMonth JUNE = YearMonth.of(2021, 6);

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    @DisplayName("the same reminder delivered twice is kept once; other figures for the same city and month are kept too")
    void idempotent() {
        JdbcReminderSink sink = databases.open(backend()).reminderSink();
        Reminder anshan = new Reminder(ANSHAN, JUNE, ProgressStatus.BEHIND, -12, 3, true);
        Reminder fushun = new Reminder(FUSHUN, JUNE, ProgressStatus.BEHIND, -4, 1, false);
        sink.remind(anshan);
        sink.remind(fushun);
        sink.remind(anshan);
        sink.remind(new Reminder(ANSHAN, JUNE, ProgressStatus.BEHIND, -12, 3, true));
        assertEquals(List.of(anshan, fushun), sink.reminders(JUNE));
        assertEquals(2, sink.count());
        Reminder corrected = new Reminder(ANSHAN, JUNE, ProgressStatus.BEHIND, -9, 3, true);
        sink.remind(corrected);
        assertEquals(List.of(anshan, fushun, corrected), sink.reminders(JUNE));
        assertEquals(List.of(), sink.reminders(JUNE.plusMonths(1)));
        assertThrows(NullPointerException.class, () -> sink.remind(null));
        assertThrows(NullPointerException.class, () -> sink.reminders(null));
    }

    @Test
    @DisplayName("a reminder delivered by several threads at once is kept once")
    void concurrentDuplicates() throws Exception {
        JdbcReminderSink sink = databases.open(backend()).reminderSink();
        Reminder r = new Reminder(FUSHUN, JUNE.minusMonths(1), ProgressStatus.BEHIND, -7, 2, false);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    start.await();
                    sink.remind(r);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(r), sink.reminders(r.month()));
        assertEquals(1, sink.count());
    }

    @Test
    @DisplayName("with its database gone, a delivery throws StorageException rather than passing for delivered")
    void failureThrows() {
        try (Doomed doomed = Doomed.open(backend())) {
            JdbcReminderSink sink = doomed.stores().reminderSink();
            sink.remind(new Reminder(ANSHAN, JUNE, ProgressStatus.BEHIND, -1, 1, false));
            doomed.kill();
            assertThrows(StorageException.class,
                    () -> sink.remind(new Reminder(FUSHUN, JUNE, ProgressStatus.BEHIND, -2, 1, false)));
        }
    }
}
