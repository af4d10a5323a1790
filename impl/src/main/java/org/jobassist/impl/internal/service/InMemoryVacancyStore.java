package org.jobassist.impl.internal.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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

    private final Guarded guard = new Guarded();
    private final TreeMap<String, Vacancy> byId = new TreeMap<>();

    /** A new, empty store. */
    public InMemoryVacancyStore() {}

    @Override
    public BatchResult saveAll(List<Vacancy> vacancies) {
        StoreChecks.check(vacancies, "vacancies", Vacancy::id, ".id");
        return guard.putAll(byId, vacancies, Vacancy::id);
    }

    @Override
    public Optional<Vacancy> find(String id) {
        Objects.requireNonNull(id, "id");
        return guard.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Stream<Vacancy> openOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return guard.select(byId.values(), v -> v.isOpenOn(date), null).stream();
    }

    @Override
    public List<Vacancy> openIn(DivisionCode area, LocalDate date) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        return List.copyOf(guard.select(byId.values(), v -> v.isOpenOn(date) && area.contains(v.district()), null));
    }

    @Override
    public long count() {
        return guard.read(byId::size);
    }

    @Override
    public String toString() {
        return "InMemoryVacancyStore[" + count() + " vacancies]";
    }
}
