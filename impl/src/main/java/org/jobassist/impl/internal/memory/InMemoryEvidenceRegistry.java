package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.CivilAffairsRegistry;
import org.jobassist.api.spi.DisabledPersonsFederationRegistry;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.HostRecordsRegistry;
import org.jobassist.api.spi.RuralRevitalisationRegistry;
import org.jobassist.api.spi.VeteransAffairsRegistry;
import org.jobassist.impl.internal.changes.ChangeLog;

/**
 * {@link EvidenceRegistry} over the {@link FactRow}s of a {@link FactTable}: its own table, or
 * one it shares with the other registries of a bundle. A row packs each person's evidence in
 * two arrays (the evidence, and its flag and first and last valid days as longs) so that
 * {@link #holds} is one hash lookup and a few comparisons of longs, with no allocation.
 * The named registries are the small subclasses made by the static factories. Thread-safe.
 */
public abstract class InMemoryEvidenceRegistry implements EvidenceRegistry {

    private final RegistrySource source;
    private final FactTable table;
    private final ChangeLog<PersonId> changes = new ChangeLog<>();
    /** Bit {@code 1 << flag.ordinal()} of every flag of the source. */
    private final int sourceFlags;

    private InMemoryEvidenceRegistry(RegistrySource source, FactTable table) {
        this.source = source;
        this.table = Objects.requireNonNull(table, "table");
        int mask = 0;
        for (RegistryFlag f : RegistryFlag.values()) {
            if (f.source() == source) {
                mask |= 1 << f.ordinal();
            }
        }
        this.sourceFlags = mask;
    }

    FactTable table() {
        return table;
    }

    /**
     * A new, empty civil-affairs registry.
     *
     * @return the registry
     */
    public static CivilAffairsRegistry civilAffairs() {
        return civilAffairs(new FactTable());
    }

    /**
     * A new registry of this source over {@code table}, which other registries may share.
     *
     * @param table the table
     * @return the registry
     */
    public static CivilAffairsRegistry civilAffairs(FactTable table) {
        return new CivilAffairs(table);
    }

    /**
     * A new, empty disabled persons' federation registry.
     *
     * @return the registry
     */
    public static DisabledPersonsFederationRegistry disabledPersonsFederation() {
        return disabledPersonsFederation(new FactTable());
    }

    /**
     * A new registry of this source over {@code table}, which other registries may share.
     *
     * @param table the table
     * @return the registry
     */
    public static DisabledPersonsFederationRegistry disabledPersonsFederation(FactTable table) {
        return new DisabledPersonsFederation(table);
    }

    /**
     * A new, empty rural-revitalisation registry.
     *
     * @return the registry
     */
    public static RuralRevitalisationRegistry ruralRevitalisation() {
        return ruralRevitalisation(new FactTable());
    }

    /**
     * A new registry of this source over {@code table}, which other registries may share.
     *
     * @param table the table
     * @return the registry
     */
    public static RuralRevitalisationRegistry ruralRevitalisation(FactTable table) {
        return new RuralRevitalisation(table);
    }

    /**
     * A new, empty veterans'-affairs registry.
     *
     * @return the registry
     */
    public static VeteransAffairsRegistry veteransAffairs() {
        return veteransAffairs(new FactTable());
    }

    /**
     * A new registry of this source over {@code table}, which other registries may share.
     *
     * @param table the table
     * @return the registry
     */
    public static VeteransAffairsRegistry veteransAffairs(FactTable table) {
        return new VeteransAffairs(table);
    }

    /**
     * A new, empty registry of the host's own records.
     *
     * @return the registry
     */
    public static HostRecordsRegistry hostRecords() {
        return hostRecords(new FactTable());
    }

    /**
     * A new registry of this source over {@code table}, which other registries may share.
     *
     * @param table the table
     * @return the registry
     */
    public static HostRecordsRegistry hostRecords(FactTable table) {
        return new HostRecords(table);
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
        return table.row(person).indexOf(flag, day.toEpochDay()) >= 0;
    }

    @Override
    public final int flagsHeld(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        return table.row(person).flagsAt(day.toEpochDay()) & sourceFlags;
    }

    @Override
    public final Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        return table.row(person).find(flag, day.toEpochDay());
    }

    @Override
    public final List<Evidence> evidence(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        List<Evidence> found = table.row(person).evidence(source, day.toEpochDay());
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    @Override
    public final List<Evidence> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return List.copyOf(table.row(person).evidence(source));
    }

    @Override
    public final void record(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.source() != source) {
            throw new InvalidInputException(wrongSource("flag"));
        }
        recordChecked(List.of(evidence));
        changes.note(evidence.person());
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
        BatchResult result = recordChecked(items);
        if (result.unchanged() < items.size()) {
            List<PersonId> written = new ArrayList<>(items.size());
            items.forEach(e -> written.add(e.person()));
            changes.noteAll(written);
        }
        return result;
    }

    private BatchResult recordChecked(List<Evidence> items) {
        return table.write(s -> {
            Map<PersonId, List<Evidence>> touched = new LinkedHashMap<>();
            int inserted = 0;
            int replaced = 0;
            for (Evidence e : items) {
                List<Evidence> list = touched.computeIfAbsent(e.person(),
                        p -> FactTable.rowIn(s, p).evidence(source));
                int at = indexOfRecord(list, e);
                if (at < 0) {
                    list.add(e);
                    inserted++;
                } else if (!list.get(at).equals(e)) {
                    list.set(at, e);
                    replaced++;
                }
            }
            return change(s, touched, inserted, new BatchResult(inserted, replaced, items.size() - inserted - replaced),
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
        boolean changed = table.write(s -> {
            List<Evidence> list = FactTable.rowIn(s, person).evidence(source);
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                Evidence e = list.get(i);
                if (e.flag() == flag && e.reference().equals(reference)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new InvalidInputException(Violation.of("registry.unknown-evidence",
                        "no evidence with this person, flag and reference is stored"));
            }
            Evidence stored = list.get(at);
            if (stored.withdrawal().isPresent() && !stored.withdrawal().get().isAfter(day)) {
                return new FactTable.Change<Boolean>(Map.of(), source.ordinal(), 0, false);
            }
            list.set(at, stored.withdrawnOn(day));
            return change(s, Map.of(person, list), 0, true, true);
        });
        if (changed) {
            changes.note(person);
        }
        return changed;
    }

    @Override
    public final Changes<PersonId> changedSince(long sequence) {
        return changes.since(sequence);
    }

    @Override
    public final long count() {
        return table.snapshot().size(source.ordinal());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + count() + " evidence]";
    }

    private <R> FactTable.Change<R> change(FactTable.State s,
            Map<PersonId, List<Evidence>> touched, int added, R result, boolean changed) {
        if (!changed) {
            return new FactTable.Change<>(Map.of(), source.ordinal(), 0, result);
        }
        Map<PersonId, FactRow> puts = new LinkedHashMap<>();
        touched.forEach((p, list) -> puts.put(p, FactTable.rowIn(s, p).withEvidence(source, list)));
        return new FactTable.Change<>(puts, source.ordinal(), added, result);
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

    private static final class CivilAffairs extends InMemoryEvidenceRegistry implements CivilAffairsRegistry {
        CivilAffairs(FactTable table) {
            super(RegistrySource.CIVIL_AFFAIRS, table);
        }
    }

    private static final class DisabledPersonsFederation extends InMemoryEvidenceRegistry
            implements DisabledPersonsFederationRegistry {
        DisabledPersonsFederation(FactTable table) {
            super(RegistrySource.DISABLED_PERSONS_FEDERATION, table);
        }
    }

    private static final class RuralRevitalisation extends InMemoryEvidenceRegistry
            implements RuralRevitalisationRegistry {
        RuralRevitalisation(FactTable table) {
            super(RegistrySource.RURAL_REVITALISATION, table);
        }
    }

    private static final class VeteransAffairs extends InMemoryEvidenceRegistry implements VeteransAffairsRegistry {
        VeteransAffairs(FactTable table) {
            super(RegistrySource.VETERANS_AFFAIRS, table);
        }
    }

    private static final class HostRecords extends InMemoryEvidenceRegistry implements HostRecordsRegistry {
        HostRecords(FactTable table) {
            super(RegistrySource.HOST, table);
        }
    }
}
