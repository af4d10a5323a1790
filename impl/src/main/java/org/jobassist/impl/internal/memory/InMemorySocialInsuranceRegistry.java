package org.jobassist.impl.internal.memory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.impl.internal.changes.ChangeLog;

/**
 * {@link SocialInsuranceRegistry} over the {@link FactRow}s of a {@link FactTable} (its own,
 * or one it shares with the evidence registries of a bundle), where each history is kept in
 * the row's compact form; the fast paths are one hash lookup and a binary search in one array
 * of ints. {@link #history} makes the history anew, equal to the one recorded. Thread-safe.
 */
public final class InMemorySocialInsuranceRegistry implements SocialInsuranceRegistry {

    private static final int PART = RegistrySource.SOCIAL_INSURANCE.ordinal();

    private final FactTable table;
    private final ChangeLog<PersonId> changes = new ChangeLog<>();

    /** An empty registry with a table of its own. */
    public InMemorySocialInsuranceRegistry() {
        this(new FactTable());
    }

    /**
     * A registry over {@code table}, which other registries may share.
     *
     * @param table the table
     * @throws NullPointerException if {@code table} is null
     */
    public InMemorySocialInsuranceRegistry(FactTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    FactTable table() {
        return table;
    }

    @Override
    public Optional<ContributionHistory> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return table.row(person).history(person);
    }

    @Override
    public int monthsWithoutEmployerContribution(PersonId person, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        return table.row(person).monthsWithoutEmployerContribution(asOf);
    }

    @Override
    public boolean isEmployedIn(PersonId person, YearMonth month) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(month, "month");
        return table.row(person).isEmployedIn(month);
    }

    @Override
    public void record(ContributionHistory history) {
        Objects.requireNonNull(history, "history");
        recordChecked(List.of(history));
        changes.note(history.person());
    }

    @Override
    public BatchResult recordAll(List<ContributionHistory> histories) {
        Objects.requireNonNull(histories, "histories");
        List<ContributionHistory> items = new ArrayList<>(histories);
        List<Violation> faults = Batches.check(items, "histories", ContributionHistory::person, ".person");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        BatchResult result = recordChecked(items);
        if (result.unchanged() < items.size()) {
            List<PersonId> written = new ArrayList<>(items.size());
            items.forEach(h -> written.add(h.person()));
            changes.noteAll(written);
        }
        return result;
    }

    private BatchResult recordChecked(List<ContributionHistory> items) {
        return table.write(s -> {
            Map<PersonId, FactRow> puts = new LinkedHashMap<>();
            int inserted = 0;
            for (ContributionHistory h : items) {
                FactRow old = FactTable.rowIn(s, h.person());
                if (!old.hasHistory()) {
                    inserted++;
                    puts.put(h.person(), old.withHistory(h));
                } else if (!old.hasHistory(h)) {
                    puts.put(h.person(), old.withHistory(h));
                }
            }
            return new FactTable.Change<>(puts, PART, inserted,
                    new BatchResult(inserted, puts.size() - inserted, items.size() - puts.size()));
        });
    }

    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return changes.since(sequence);
    }

    @Override
    public long count() {
        return table.snapshot().size(PART);
    }

    @Override
    public String toString() {
        return "InMemorySocialInsuranceRegistry[" + count() + " histories]";
    }
}
