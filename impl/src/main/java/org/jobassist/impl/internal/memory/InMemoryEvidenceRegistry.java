package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.CivilAffairsRegistry;
import org.jobassist.api.spi.DisabledPersonsFederationRegistry;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.HostRecordsRegistry;
import org.jobassist.api.spi.RuralRevitalisationRegistry;
import org.jobassist.api.spi.VeteransAffairsRegistry;

/**
 * {@link EvidenceRegistry} over a {@link PersonTable} of each person's evidence, packed in
 * two arrays (the evidence, and its flag and first and last valid days as longs) so that
 * {@link #holds} is one hash lookup and a few comparisons of longs, with no allocation.
 * The named registries are the small subclasses made by the static factories. Thread-safe.
 */
public abstract class InMemoryEvidenceRegistry implements EvidenceRegistry {

    /** The order of the SPI: flag, then first valid day, then reference. */
    private static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::flag)
            .thenComparing(e -> e.valid().start()).thenComparing(Evidence::reference);

    private final RegistrySource source;
    private final PersonTable<PersonEvidence> table = new PersonTable<>();

    private InMemoryEvidenceRegistry(RegistrySource source) {
        this.source = source;
    }

    /**
     * A new, empty civil-affairs registry.
     *
     * @return the registry
     */
    public static CivilAffairsRegistry civilAffairs() {
        return new CivilAffairs();
    }

    /**
     * A new, empty disabled persons' federation registry.
     *
     * @return the registry
     */
    public static DisabledPersonsFederationRegistry disabledPersonsFederation() {
        return new DisabledPersonsFederation();
    }

    /**
     * A new, empty rural-revitalisation registry.
     *
     * @return the registry
     */
    public static RuralRevitalisationRegistry ruralRevitalisation() {
        return new RuralRevitalisation();
    }

    /**
     * A new, empty veterans'-affairs registry.
     *
     * @return the registry
     */
    public static VeteransAffairsRegistry veteransAffairs() {
        return new VeteransAffairs();
    }

    /**
     * A new, empty registry of the host's own records.
     *
     * @return the registry
     */
    public static HostRecordsRegistry hostRecords() {
        return new HostRecords();
    }

    @Override
    public final RegistrySource source() {
        return source;
    }

    @Override
    public final boolean holds(PersonId person, RegistryFlag flag, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        PersonEvidence pe = table.snapshot().get(person);
        return pe != null && pe.indexOf(flag, day.toEpochDay()) >= 0;
    }

    @Override
    public final int flagsHeld(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        PersonEvidence pe = table.snapshot().get(person);
        return pe == null ? 0 : pe.flagsAt(day.toEpochDay());
    }

    @Override
    public final Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        PersonEvidence pe = table.snapshot().get(person);
        int i = pe == null ? -1 : pe.indexOf(flag, day.toEpochDay());
        return i < 0 ? Optional.empty() : Optional.of(pe.items[i]);
    }

    @Override
    public final List<Evidence> evidence(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        PersonEvidence pe = table.snapshot().get(person);
        if (pe == null) {
            return List.of();
        }
        long d = day.toEpochDay();
        List<Evidence> found = new ArrayList<>(pe.items.length);
        for (int i = 0; i < pe.items.length; i++) {
            if (pe.holdsAt(i, d)) {
                found.add(pe.items[i]);
            }
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    public final List<Evidence> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        PersonEvidence pe = table.snapshot().get(person);
        return pe == null ? List.of() : List.of(pe.items);
    }

    @Override
    public final void record(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.source() != source) {
            throw new InvalidInputException(wrongSource("flag"));
        }
        recordChecked(List.of(evidence));
    }

    @Override
    public final BatchResult recordAll(List<Evidence> evidence) {
        Objects.requireNonNull(evidence, "evidence");
        // A private copy: the caller's list may change while we work, and may hold nulls to report.
        List<Evidence> items = new ArrayList<>(evidence);
        List<Violation> faults = new ArrayList<>();
        Map<Key, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence e = items.get(i);
            String path = "evidence[" + i + "]";
            if (e == null) {
                faults.add(new Violation(path, "store.null-item", "a batch must not hold null items"));
                continue;
            }
            if (e.source() != source) {
                faults.add(wrongSource(path + ".flag"));
            }
            Integer first = seen.putIfAbsent(Key.of(e), i);
            if (first != null) {
                faults.add(new Violation(path, "store.duplicate-key",
                        "the batch already holds evidence with this person, flag and reference at evidence["
                                + first + "]"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return recordChecked(items);
    }

    private BatchResult recordChecked(List<Evidence> items) {
        return table.write(s -> {
            Map<PersonId, List<Evidence>> touched = new LinkedHashMap<>();
            int inserted = 0;
            int replaced = 0;
            for (Evidence e : items) {
                List<Evidence> list = touched.computeIfAbsent(e.person(), p -> {
                    PersonEvidence pe = s.get(p);
                    return pe == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(pe.items));
                });
                int at = indexOfRecord(list, e);
                if (at < 0) {
                    list.add(e);
                    inserted++;
                } else if (!list.get(at).equals(e)) {
                    list.set(at, e);
                    replaced++;
                }
            }
            return change(touched, inserted, new BatchResult(inserted, replaced, items.size() - inserted - replaced),
                    inserted + replaced > 0);
        });
    }

    @Override
    public final boolean withdraw(PersonId person, RegistryFlag flag, String reference, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        return table.write(s -> {
            PersonEvidence pe = s.get(person);
            int at = -1;
            for (int i = 0; pe != null && i < pe.items.length; i++) {
                Evidence e = pe.items[i];
                if (e.flag() == flag && e.reference().equals(reference)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new InvalidInputException(Violation.of("registry.unknown-evidence",
                        "no evidence with this person, flag and reference is stored"));
            }
            Evidence stored = pe.items[at];
            if (stored.withdrawal().isPresent() && !stored.withdrawal().get().isAfter(day)) {
                return new PersonTable.Change<PersonEvidence, Boolean>(Map.of(), 0, false);
            }
            List<Evidence> list = new ArrayList<>(Arrays.asList(pe.items));
            list.set(at, stored.withdrawnOn(day));
            return change(Map.of(person, list), 0, true, true);
        });
    }

    @Override
    public final long count() {
        return table.snapshot().size();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + count() + " evidence]";
    }

    private static <R> PersonTable.Change<PersonEvidence, R> change(Map<PersonId, List<Evidence>> touched,
                                                                   int added, R result, boolean changed) {
        if (!changed) {
            return new PersonTable.Change<>(Map.of(), 0, result);
        }
        Map<PersonId, PersonEvidence> puts = new LinkedHashMap<>();
        touched.forEach((p, list) -> puts.put(p, PersonEvidence.of(list)));
        return new PersonTable.Change<>(puts, added, result);
    }

    private static int indexOfRecord(List<Evidence> list, Evidence e) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).sameRecordAs(e)) {
                return i;
            }
        }
        return -1;
    }

    private void requireSource(RegistryFlag flag) {
        if (flag.source() != source) {
            throw new InvalidInputException(wrongSource("flag"));
        }
    }

    private Violation wrongSource(String path) {
        return new Violation(path, "registry.wrong-source", "this registry answers only for flags of " + source);
    }

    /** The key of evidence in a registry. */
    private record Key(PersonId person, RegistryFlag flag, String reference) {
        static Key of(Evidence e) {
            return new Key(e.person(), e.flag(), e.reference());
        }
    }

    /**
     * One person's evidence in the SPI order, with each item's flag and its first and last
     * valid days as epoch days (withdrawal taken into account) packed side by side in one
     * array, {@code packed[3i]} to {@code packed[3i + 2]}, so that the fast path touches one
     * array and not the evidence objects. Immutable.
     */
    private static final class PersonEvidence {
        final Evidence[] items;
        final long[] packed;

        private PersonEvidence(Evidence[] items, long[] packed) {
            this.items = items;
            this.packed = packed;
        }

        static PersonEvidence of(List<Evidence> list) {
            Evidence[] items = list.toArray(new Evidence[0]);
            Arrays.sort(items, ORDER);
            long[] packed = new long[items.length * 3];
            for (int i = 0; i < items.length; i++) {
                packed[3 * i] = items[i].flag().ordinal();
                packed[3 * i + 1] = items[i].valid().start().toEpochDay();
                packed[3 * i + 2] = items[i].lastValidDay().toEpochDay();
            }
            return new PersonEvidence(items, packed);
        }

        boolean holdsAt(int i, long day) {
            return packed[3 * i + 1] <= day && day <= packed[3 * i + 2];
        }

        int flagsAt(long day) {
            long[] p = packed;
            int mask = 0;
            for (int j = 0; j < p.length; j += 3) {
                if (p[j + 1] <= day && day <= p[j + 2]) {
                    mask |= 1 << p[j];
                }
            }
            return mask;
        }

        int indexOf(RegistryFlag flag, long day) {
            long f = flag.ordinal();
            long[] p = packed;
            for (int j = 0; j < p.length; j += 3) {
                if (p[j] == f && p[j + 1] <= day && day <= p[j + 2]) {
                    return j / 3;
                }
            }
            return -1;
        }
    }

    private static final class CivilAffairs extends InMemoryEvidenceRegistry implements CivilAffairsRegistry {
        CivilAffairs() {
            super(RegistrySource.CIVIL_AFFAIRS);
        }
    }

    private static final class DisabledPersonsFederation extends InMemoryEvidenceRegistry
            implements DisabledPersonsFederationRegistry {
        DisabledPersonsFederation() {
            super(RegistrySource.DISABLED_PERSONS_FEDERATION);
        }
    }

    private static final class RuralRevitalisation extends InMemoryEvidenceRegistry
            implements RuralRevitalisationRegistry {
        RuralRevitalisation() {
            super(RegistrySource.RURAL_REVITALISATION);
        }
    }

    private static final class VeteransAffairs extends InMemoryEvidenceRegistry implements VeteransAffairsRegistry {
        VeteransAffairs() {
            super(RegistrySource.VETERANS_AFFAIRS);
        }
    }

    private static final class HostRecords extends InMemoryEvidenceRegistry implements HostRecordsRegistry {
        HostRecords() {
            super(RegistrySource.HOST);
        }
    }
}
