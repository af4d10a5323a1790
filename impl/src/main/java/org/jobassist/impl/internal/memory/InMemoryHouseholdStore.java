package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.HouseholdStore;

/**
 * {@link HouseholdStore} over a {@link SnapshotTable} bucketed by the register's division, with
 * a hash index by the register number's text: recognition looks up the register of every
 * person who has one, a batch several people at once ({@link #registersOf}). Thread-safe.
 */
public final class InMemoryHouseholdStore implements HouseholdStore {

    private final SnapshotTable<HouseholdId, HouseholdRegister> table = new SnapshotTable<>(
            HouseholdRegister::id, Comparator.comparing(HouseholdId::value), HouseholdId::hashCode,
            HouseholdRegister::division, HouseholdId::value);

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

    /**
     * The registers of {@code count} people's households at once, as {@link #find} gives each
     * for {@link PersonRecord#household()}, from one snapshot: the look-ups are done in stages
     * over all the people, so that their reads from memory overlap.
     *
     * @param people the people, {@code people[0]} to {@code people[count - 1]}; a null element gets null
     * @param count how many
     * @param lookup scratch space for at least {@code count} people
     * @param into where the registers go, at the people's indices: null for a person without a
     *     household or whose register the store does not hold
     * @throws IndexOutOfBoundsException if {@code count} exceeds the arrays or the scratch space
     */
    public void registersOf(PersonRecord[] people, int count, Lookup lookup, HouseholdRegister[] into) {
        String[] texts = lookup.texts;
        for (int j = 0; j < count; j++) {
            PersonRecord p = people[j];
            Optional<HouseholdId> household = p == null ? Optional.empty() : p.household();
            texts[j] = household.isPresent() ? household.get().value() : null;
        }
        table.snapshot().getAll(texts, count, lookup.words, lookup.slots, into);
        Arrays.fill(texts, 0, count, null);
    }

    /**
     * Scratch space of {@link #registersOf} for a number of people: one per batch, reused for
     * each group of people. Confined to one thread.
     */
    public static final class Lookup {
        final String[] texts;
        final long[] words;
        final int[] slots;

        /**
         * Room for {@code capacity} people.
         *
         * @param capacity how many people a call looks up at most
         * @throws NegativeArraySizeException if {@code capacity} is negative
         */
        public Lookup(int capacity) {
            this.texts = new String[capacity];
            this.words = new long[3 * capacity];
            this.slots = new int[capacity];
        }

        @Override
        public String toString() {
            return "InMemoryHouseholdStore.Lookup[" + slots.length + "]";
        }
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
