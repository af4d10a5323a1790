package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
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

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, ServiceRecord> byId = new HashMap<>();
    private final Map<PersonId, List<ServiceRecord>> byPerson = new HashMap<>();

    /** A new, empty store. */
    public InMemoryServiceRecordStore() {}

    @Override
    public BatchResult appendAll(List<ServiceRecord> records) {
        StoreChecks.check(records, "records", ServiceRecord::id, ".id", ServiceRecord::equals);
        int inserted = 0;
        int unchanged = 0;
        lock.writeLock().lock();
        try {
            List<Violation> faults = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                ServiceRecord stored = byId.get(records.get(i).id());
                if (stored != null && !stored.equals(records.get(i))) {
                    faults.add(new Violation("records[" + i + "].id", "store.id-conflict",
                            "another record is stored under this id"));
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            for (ServiceRecord r : records) {
                if (byId.putIfAbsent(r.id(), r) == null) {
                    byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
                    inserted++;
                } else {
                    unchanged++;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        return new BatchResult(inserted, 0, unchanged);
    }

    @Override
    public Optional<ServiceRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<ServiceRecord> byPerson(PersonId person, DateRange period) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        List<ServiceRecord> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (ServiceRecord r : byPerson.getOrDefault(person, List.of())) {
                if (period.contains(r.date())) {
                    found.add(r);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public void forEachIn(DateRange period, Consumer<? super ServiceRecord> action) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(action, "action");
        List<ServiceRecord> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (ServiceRecord r : byId.values()) {
                if (period.contains(r.date())) {
                    found.add(r);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.forEach(action);
    }

    @Override
    public long count() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryServiceRecordStore[" + count() + " records]";
    }
}
