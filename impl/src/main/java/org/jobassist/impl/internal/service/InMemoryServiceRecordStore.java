package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;

/**
 * An append-only {@link ServiceRecordStore} in hash maps (by id, and per person a list) under
 * one read–write lock. A batch is checked against the stored ids and appended as one
 * write-locked step.
 */
public final class InMemoryServiceRecordStore implements ServiceRecordStore {

    /** Date, then id: the order of every list this store answers. */
    static final Comparator<ServiceRecord> ORDER =
            Comparator.comparing(ServiceRecord::date).thenComparing(ServiceRecord::id);

    private final Guarded guard = new Guarded();
    private final Map<String, ServiceRecord> byId = new HashMap<>();
    private final Map<PersonId, List<ServiceRecord>> byPerson = new HashMap<>();

    /** A new, empty store. */
    public InMemoryServiceRecordStore() {}

    @Override
    public BatchResult appendAll(List<ServiceRecord> records) {
        StoreChecks.check(records, "records", ServiceRecord::id, ".id", ServiceRecord::equals);
        return guard.write(() -> {
            StoreChecks.refuseConflicts(byId, records, "records", ServiceRecord::id, ServiceRecord::equals,
                    "another record is stored under this id");
            int inserted = 0;
            int unchanged = 0;
            for (ServiceRecord r : records) {
                if (byId.putIfAbsent(r.id(), r) == null) {
                    byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
                    inserted++;
                } else {
                    unchanged++;
                }
            }
            return new BatchResult(inserted, 0, unchanged);
        });
    }

    @Override
    public Optional<ServiceRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return guard.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<ServiceRecord> byPerson(PersonId person, DateRange period) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        return List.copyOf(guard.select(() -> byPerson.getOrDefault(person, List.of()).iterator(),
                r -> period.contains(r.date()), ORDER));
    }

    @Override
    public void forEachIn(DateRange period, Consumer<? super ServiceRecord> action) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(action, "action");
        guard.select(byId.values(), r -> period.contains(r.date()), null).forEach(action);
    }

    @Override
    public long count() {
        return guard.read(byId::size);
    }

    @Override
    public String toString() {
        return "InMemoryServiceRecordStore[" + count() + " records]";
    }
}
