package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;

/**
 * {@link ZeroEmploymentCaseStore} over a {@link SnapshotTable} keyed by household and
 * identified date, sharded by household (so a household's cases are one range) and bucketed by
 * city. Thread-safe.
 */
public final class InMemoryZeroEmploymentCaseStore implements ZeroEmploymentCaseStore {

    private static final Comparator<CaseKey> ORDER = Comparator.comparing((CaseKey k) -> k.household().value())
            .thenComparing(CaseKey::identifiedDate);

    private final SnapshotTable<CaseKey, ZeroEmploymentCase> table = new SnapshotTable<>(
            CaseKey::of, ORDER, k -> k.household().hashCode(), ZeroEmploymentCase::city);

    /** An empty store. */
    public InMemoryZeroEmploymentCaseStore() {}

    @Override
    public void save(ZeroEmploymentCase zeroEmploymentCase) {
        Objects.requireNonNull(zeroEmploymentCase, "zeroEmploymentCase");
        saveAll(List.of(zeroEmploymentCase), "");
    }

    @Override
    public BatchResult saveAll(List<ZeroEmploymentCase> cases) {
        Objects.requireNonNull(cases, "cases");
        return saveAll(new ArrayList<>(cases), "cases");
    }

    /** Saves the batch; {@code name} is empty for a single save, whose faults have empty paths. */
    private BatchResult saveAll(List<ZeroEmploymentCase> items, String name) {
        List<Violation> faults = Batches.check(items, name, CaseKey::of, "");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(s -> {
            List<Violation> broken = new ArrayList<>();
            List<ZeroEmploymentCase> puts = new ArrayList<>();
            int inserted = 0;
            for (int i = 0; i < items.size(); i++) {
                ZeroEmploymentCase c = items.get(i);
                Optional<ZeroEmploymentCase> old = s.get(CaseKey.of(c));
                String path = name.isEmpty() ? "" : name + "[" + i + "]";
                if (old.isEmpty()) {
                    inserted++;
                    puts.add(c);
                } else if (!old.get().equals(c)) {
                    clearingKept(old.get(), c, path).ifPresent(broken::add);
                    puts.add(c);
                }
            }
            if (!broken.isEmpty()) {
                throw new InvalidInputException(broken);
            }
            return new SnapshotTable.Change<>(puts,
                    new BatchResult(inserted, puts.size() - inserted, items.size() - puts.size()));
        });
    }

    /** Clearing is final: a stored cleared case keeps its cleared date and member. */
    private static Optional<Violation> clearingKept(ZeroEmploymentCase stored, ZeroEmploymentCase next, String path) {
        if (stored.clearedDate().isEmpty()) {
            return Optional.empty();
        }
        if (next.clearedDate().isEmpty()) {
            return Optional.of(new Violation(path, "zero-employment-case.uncleared",
                    "a cleared case cannot become uncleared"));
        }
        if (!stored.clearedDate().equals(next.clearedDate()) || !stored.employedMember().equals(next.employedMember())) {
            return Optional.of(new Violation(path, "zero-employment-case.clearing-changed",
                    "the clearing of a case is final and cannot change"));
        }
        return Optional.empty();
    }

    @Override
    public Optional<ZeroEmploymentCase> find(HouseholdId household, LocalDate identifiedDate) {
        return table.snapshot().get(new CaseKey(household, identifiedDate));
    }

    @Override
    public List<ZeroEmploymentCase> find(HouseholdId household) {
        Objects.requireNonNull(household, "household");
        return table.snapshot().range(new CaseKey(household, LocalDate.MIN), new CaseKey(household, LocalDate.MAX));
    }

    @Override
    public List<ZeroEmploymentCase> findInCity(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return table.snapshot().inDivision(division);
    }

    @Override
    public void forEach(Consumer<? super ZeroEmploymentCase> action) {
        Objects.requireNonNull(action, "action");
        table.snapshot().forEach(action);
    }

    @Override
    public long count() {
        return table.snapshot().size();
    }

    @Override
    public String toString() {
        return "InMemoryZeroEmploymentCaseStore[" + count() + " cases]";
    }

    /** A case's identity. */
    private record CaseKey(HouseholdId household, LocalDate identifiedDate) {
        CaseKey {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(identifiedDate, "identifiedDate");
        }

        static CaseKey of(ZeroEmploymentCase c) {
            return new CaseKey(c.household(), c.identifiedDate());
        }
    }
}
