package org.jobassist.impl.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.time.DateRange;

/** A {@link RecruitmentEventStore} in a sorted map by id under one read–write lock. */
public final class InMemoryRecruitmentEventStore implements RecruitmentEventStore {

    private static final Comparator<RecruitmentEvent> ORDER =
            Comparator.comparing((RecruitmentEvent e) -> e.dates().start()).thenComparing(RecruitmentEvent::id);

    private final Guarded guard = new Guarded();
    private final TreeMap<String, RecruitmentEvent> byId = new TreeMap<>();

    /** A new, empty store. */
    public InMemoryRecruitmentEventStore() {}

    @Override
    public BatchResult saveAll(List<RecruitmentEvent> events) {
        StoreChecks.check(events, "events", RecruitmentEvent::id, ".id");
        return guard.putAll(byId, events, RecruitmentEvent::id);
    }

    @Override
    public Optional<RecruitmentEvent> find(String id) {
        Objects.requireNonNull(id, "id");
        return guard.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<RecruitmentEvent> during(DivisionCode area, DateRange period) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        return List.copyOf(guard.select(byId.values(), e -> e.dates().overlaps(period) && area.contains(e.city()), ORDER));
    }

    @Override
    public long count() {
        return guard.read(byId::size);
    }

    @Override
    public String toString() {
        return "InMemoryRecruitmentEventStore[" + count() + " events]";
    }
}
