package org.jobassist.impl.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.VacancyStore;

/**
 * A {@link VacancyStore} in a sorted map by id under one read–write lock. A batch is one
 * write-locked step; {@link #openOn} copies the open vacancies under the read lock and streams
 * the copy, so the stream never sees a later write.
 */
public final class InMemoryVacancyStore implements VacancyStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, Vacancy> byId = new TreeMap<>();

    /** A new, empty store. */
    public InMemoryVacancyStore() {}

    @Override
    public BatchResult saveAll(List<Vacancy> vacancies) {
        StoreChecks.check(vacancies, "vacancies", Vacancy::id, ".id");
        int inserted = 0;
        int replaced = 0;
        int unchanged = 0;
        lock.writeLock().lock();
        try {
            for (Vacancy v : vacancies) {
                Vacancy before = byId.put(v.id(), v);
                if (before == null) {
                    inserted++;
                } else if (before.equals(v)) {
                    unchanged++;
                } else {
                    replaced++;
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        return new BatchResult(inserted, replaced, unchanged);
    }

    @Override
    public Optional<Vacancy> find(String id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Stream<Vacancy> openOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return select(null, date).stream();
    }

    @Override
    public List<Vacancy> openIn(DivisionCode area, LocalDate date) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        return List.copyOf(select(area, date));
    }

    private List<Vacancy> select(DivisionCode area, LocalDate date) {
        List<Vacancy> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (Vacancy v : byId.values()) {
                if (v.isOpenOn(date) && (area == null || area.contains(v.district()))) {
                    found.add(v);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return found;
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
        return "InMemoryVacancyStore[" + count() + " vacancies]";
    }
}
