package org.jobassist.impl.internal.memory;

import java.util.Objects;
import java.util.function.Function;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.Registries;

/**
 * One person-keyed table of {@link FactRow}s that several in-memory registries share: the
 * registries made together by {@code InMemoryStores.registries()} keep every source's
 * evidence and the contribution histories of one person in one row, so that recognition
 * reads all of them with one lookup ({@link #row}) rather than one per registry. A registry
 * made alone has a table of its own. Each registry writes only its own part of a row and
 * counts its own items (count {@link RegistrySource#ordinal()} of the table).
 *
 * <p>Writers of every registry of the table take its one lock; readers never block.
 * Thread-safe.
 */
public final class FactTable {

    private final PersonTable<FactRow> table = new PersonTable<>();

    /** An empty table. */
    public FactTable() {}

    /**
     * The row of {@code person} in the current snapshot, {@link FactRow#EMPTY} if the table
     * holds nothing about them. One lookup, no allocation.
     *
     * @param person the person
     * @return the row
     * @throws NullPointerException if {@code person} is null
     */
    public FactRow row(PersonId person) {
        FactRow r = table.snapshot().get(Objects.requireNonNull(person, "person"));
        return r == null ? FactRow.EMPTY : r;
    }

    /**
     * The table behind every registry of {@code registries}, when they are all in-memory
     * registries over one table; otherwise null, and the registries are to be asked one by one.
     *
     * @param registries the registries
     * @return the shared table, or null
     */
    public static FactTable sharedBy(Registries registries) {
        if (!(registries.socialInsurance() instanceof InMemorySocialInsuranceRegistry si)) {
            return null;
        }
        FactTable shared = si.table();
        for (RegistrySource s : RegistrySource.values()) {
            if (s == RegistrySource.SOCIAL_INSURANCE) {
                continue;
            }
            EvidenceRegistry r = registries.evidenceRegistry(s);
            if (!(r instanceof InMemoryEvidenceRegistry m) || m.table() != shared) {
                return null;
            }
        }
        return shared;
    }

    PersonTable.State<FactRow> snapshot() {
        return table.snapshot();
    }

    <R> R write(Function<PersonTable.State<FactRow>, PersonTable.Change<FactRow, R>> planner) {
        return table.write(planner);
    }

    /** The row of {@code person} in {@code s}, {@link FactRow#EMPTY} if none. */
    static FactRow rowIn(PersonTable.State<FactRow> s, PersonId person) {
        FactRow r = s.get(person);
        return r == null ? FactRow.EMPTY : r;
    }

    @Override
    public String toString() {
        return "FactTable";
    }
}
