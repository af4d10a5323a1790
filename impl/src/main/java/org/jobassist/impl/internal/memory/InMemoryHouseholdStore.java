package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.HouseholdStore;

/**
 * {@link HouseholdStore} over a {@link SnapshotTable} bucketed by the register's division, with
 * a hash index: recognition looks up the register of every person who has one. Thread-safe.
 */
public final class InMemoryHouseholdStore implements HouseholdStore {

    private final SnapshotTable<HouseholdId, HouseholdRegister> table = new SnapshotTable<>(
            HouseholdRegister::id, Comparator.comparing(HouseholdId::value), HouseholdId::hashCode,
            HouseholdRegister::division, true);

    /** An empty store. */
    public InMemoryHouseholdStore() {}

    @Override
    public void save(HouseholdRegister register) {
        Objects.requireNonNull(register, "register");
        table.write(s -> register.equals(s.get(register.id()).orElse(null))
                ? new SnapshotTable.Change<>(List.of(), null)
                : new SnapshotTable.Change<HouseholdRegister, Void>(List.of(register), null));
    }

    @Override
    public BatchResult saveAll(List<HouseholdRegister> registers) {
        Objects.requireNonNull(registers, "registers");
        // A private copy: the caller's list may change while we work, and may hold nulls to report.
        List<HouseholdRegister> items = new ArrayList<>(registers);
        List<Violation> faults = Batches.check(items, "registers", HouseholdRegister::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(s -> {
            List<HouseholdRegister> puts = new ArrayList<>();
            int inserted = 0;
            int replaced = 0;
            for (HouseholdRegister r : items) {
                Optional<HouseholdRegister> old = s.get(r.id());
                if (old.isEmpty()) {
                    inserted++;
                    puts.add(r);
                } else if (!old.get().equals(r)) {
                    replaced++;
                    puts.add(r);
                }
            }
            return new SnapshotTable.Change<>(puts, new BatchResult(inserted, replaced, items.size() - puts.size()));
        });
    }

    @Override
    public Optional<HouseholdRegister> find(HouseholdId id) {
        Objects.requireNonNull(id, "id");
        return table.snapshot().get(id);
    }

    @Override
    public List<HouseholdRegister> findInDivision(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return table.snapshot().inDivision(division);
    }

    @Override
    public void forEach(Consumer<? super HouseholdRegister> action) {
        Objects.requireNonNull(action, "action");
        table.snapshot().forEach(action);
    }

    @Override
    public long count() {
        return table.snapshot().size();
    }

    @Override
    public String toString() {
        return "InMemoryHouseholdStore[" + count() + " registers]";
    }
}
