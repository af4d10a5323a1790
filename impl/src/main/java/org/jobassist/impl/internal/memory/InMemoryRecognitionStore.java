package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.StaleRecordException;
import org.jobassist.impl.internal.changes.ChangeLog;

/**
 * {@link RecognitionStore} over one {@link ConcurrentHashMap} keyed by the person id's text.
 * This store writes one record at a time and has no batches, so a per-key atomic
 * {@code compute} gives the compare-and-set of optimistic concurrency without a store-wide
 * lock or copy-on-write, and keeps the memory to one map entry per record. Queries by date and
 * status scan the map (weakly consistent, which suffices: each record is read whole).
 *
 * <p>Thread-safe.
 */
public final class InMemoryRecognitionStore implements RecognitionStore {

    private static final Comparator<RecognitionRecord> BY_PERSON = Comparator.comparing(r -> r.person().value());

    private final ConcurrentHashMap<String, RecognitionRecord> records = new ConcurrentHashMap<>();
    private final ChangeLog<PersonId> changes = new ChangeLog<>();

    /** An empty store. */
    public InMemoryRecognitionStore() {}

    @Override
    public RecognitionRecord save(RecognitionRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new InvalidInputException(new Violation("expectedVersion", "store.version-negative",
                    "a version is not negative"));
        }
        // compute runs atomically per key; the exception leaves the mapping as it was.
        RecognitionRecord saved = records.compute(record.person().value(), (key, stored) -> {
            if (stored != null && stored.sameContentAs(record)) {
                return stored;
            }
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != expectedVersion) {
                throw new StaleRecordException(expectedVersion, storedVersion);
            }
            return record.withVersion(expectedVersion + 1);
        });
        changes.note(record.person());
        return saved;
    }

    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return changes.since(sequence);
    }

    @Override
    public Optional<RecognitionRecord> find(PersonId person) {
        Objects.requireNonNull(person, "person");
        return Optional.ofNullable(records.get(person.value()));
    }

    @Override
    public List<RecognitionRecord> findDueForReview(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return select(r -> r.isDueForReview(date));
    }

    @Override
    public List<RecognitionRecord> findByStatus(RecognitionStatus status) {
        Objects.requireNonNull(status, "status");
        return select(r -> r.status() == status);
    }

    private List<RecognitionRecord> select(Predicate<RecognitionRecord> test) {
        List<RecognitionRecord> found = new ArrayList<>();
        for (RecognitionRecord r : records.values()) {
            if (test.test(r)) {
                found.add(r);
            }
        }
        found.sort(BY_PERSON);
        return List.copyOf(found);
    }

    @Override
    public void forEach(Consumer<? super RecognitionRecord> action) {
        Objects.requireNonNull(action, "action");
        records.values().forEach(action);
    }

    @Override
    public long count() {
        return records.mappingCount();
    }

    @Override
    public String toString() {
        return "InMemoryRecognitionStore[" + count() + " records]";
    }
}
