package org.jobassist.testkit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.spi.AuditSink;

/**
 * An {@link AuditSink} that keeps every event in memory, in the order recorded, for tests.
 * It can be told to fail, to test that a query fails closed.
 *
 * <p>Thread-safe: events recorded by concurrent threads are kept in one total order (the order
 * in which {@link #record} took the lock), each thread's in its own order.
 */
public final class RecordingAuditSink implements AuditSink {

    private final List<AuditEvent> events = new ArrayList<>();
    private RuntimeException failure;

    /** An empty sink that records. */
    public RecordingAuditSink() {}

    /**
     * Keeps {@code event}, or throws the failure set by {@link #failWith} and keeps nothing.
     *
     * @param event the event
     * @throws NullPointerException if {@code event} is null
     * @throws RuntimeException the failure set by {@link #failWith}
     */
    @Override
    public synchronized void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        if (failure != null) {
            throw failure;
        }
        events.add(event);
    }

    /**
     * Makes every later {@link #record} throw {@code failure} (null: record again).
     *
     * @param failure the exception to throw, or null
     */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /**
     * The events recorded, oldest first.
     *
     * @return an immutable snapshot
     */
    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    /**
     * How many events were recorded.
     *
     * @return the count
     */
    public synchronized int size() {
        return events.size();
    }

    /**
     * The last event recorded.
     *
     * @return the event, or empty if none
     */
    public synchronized Optional<AuditEvent> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** Forgets every event recorded. */
    public synchronized void clear() {
        events.clear();
    }

    @Override
    public synchronized String toString() {
        return "RecordingAuditSink[" + events.size() + " events" + (failure == null ? "" : ", failing") + "]";
    }
}
