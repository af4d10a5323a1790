package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.impl.internal.changes.ChangeLog;

/**
 * {@link PersonStore} over a {@link PersonTable}: copy-on-write snapshots, so a batch is seen
 * whole or not at all. Holds the records as given, nothing more. Thread-safe.
 */
public final class InMemoryPersonStore implements PersonStore {

    private final PersonTable<PersonRecord> table = new PersonTable<>();
    private final ChangeLog<PersonId> changes = new ChangeLog<>();

    /** An empty store. */
    public InMemoryPersonStore() {}

    @Override
    public void save(PersonRecord person) {
        Objects.requireNonNull(person, "person");
        table.write(s -> {
            PersonRecord old = s.get(person.id());
            return person.equals(old)
                    ? new PersonTable.Change<PersonRecord, Void>(Map.of(), 0, null)
                    : new PersonTable.Change<PersonRecord, Void>(Map.of(person.id(), person), old == null ? 1 : 0, null);
        });
        changes.note(person.id());
    }

    @Override
    public BatchResult saveAll(List<PersonRecord> people) {
        Objects.requireNonNull(people, "people");
        // A private copy: the caller's list may change while we work, and may hold nulls to report.
        List<PersonRecord> items = new ArrayList<>(people);
        List<Violation> faults = Batches.check(items, "people", PersonRecord::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        BatchResult result = table.write(s -> {
            Map<PersonId, PersonRecord> puts = new HashMap<>();
            int inserted = 0;
            int replaced = 0;
            for (PersonRecord p : items) {
                PersonRecord old = s.get(p.id());
                if (old == null) {
                    inserted++;
                    puts.put(p.id(), p);
                } else if (!old.equals(p)) {
                    replaced++;
                    puts.put(p.id(), p);
                }
            }
            return new PersonTable.Change<>(puts, inserted,
                    new BatchResult(inserted, replaced, items.size() - puts.size()));
        });
        if (result.unchanged() < items.size()) {
            List<PersonId> written = new ArrayList<>(items.size());
            items.forEach(p -> written.add(p.id()));
            changes.noteAll(written);
        }
        return result;
    }

    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return changes.since(sequence);
    }

    @Override
    public Optional<PersonRecord> find(PersonId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(table.snapshot().get(id));
    }

    @Override
    public void forEach(Consumer<? super PersonRecord> action) {
        Objects.requireNonNull(action, "action");
        table.snapshot().forEach(action);
    }

    @Override
    public long count() {
        return table.snapshot().size();
    }

    @Override
    public String toString() {
        return "InMemoryPersonStore[" + count() + " people]";
    }
}
