package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.time.DateRange;

/** A {@link RecruitmentEventStore} in a sorted map by id under one read–write lock. */
public final class InMemoryRecruitmentEventStore implements RecruitmentEventStore {

    private static final Comparator<RecruitmentEvent> ORDER =
            Comparator.comparing((RecruitmentEvent e) -> e.dates().start()).thenComparing(RecruitmentEvent::id);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, RecruitmentEvent> byId = new TreeMap<>();

    /** A new, empty store. */
    public InMemoryRecruitmentEventStore() {}

    @Override
    public BatchResult saveAll(List<RecruitmentEvent> events) {
        StoreChecks.check(events, "events", RecruitmentEvent::id, ".id");
        int inserted = 0;
        int replaced = 0;
        int unchanged = 0;
        lock.writeLock().lock();
        try {
            for (RecruitmentEvent e : events) {
                RecruitmentEvent before = byId.put(e.id(), e);
                if (before == null) {
                    inserted++;
                } else if (before.equals(e)) {
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
    public Optional<RecruitmentEvent> find(String id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<RecruitmentEvent> during(DivisionCode area, DateRange period) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        List<RecruitmentEvent> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            for (RecruitmentEvent e : byId.values()) {
                if (e.dates().overlaps(period) && area.contains(e.city())) {
                    found.add(e);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.sort(ORDER);
        return List.copyOf(found);
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
        return "InMemoryRecruitmentEventStore[" + count() + " events]";
    }
}
