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
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.SocialInsuranceRegistry;

/**
 * {@link SocialInsuranceRegistry} over a {@link PersonTable} of histories; the fast paths are
 * one hash lookup and a binary search in the history's arrays. Thread-safe.
 */
public final class InMemorySocialInsuranceRegistry implements SocialInsuranceRegistry {

    private final PersonTable<ContributionHistory> table = new PersonTable<>();

    /** An empty registry. */
    public InMemorySocialInsuranceRegistry() {}

    @Override
    public Optional<ContributionHistory> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return Optional.ofNullable(table.snapshot().get(person));
    }

    @Override
    public int monthsWithoutEmployerContribution(PersonId person, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        ContributionHistory h = table.snapshot().get(person);
        return h == null ? ContributionHistory.NEVER : h.monthsWithoutEmployerContribution(asOf);
    }

    @Override
    public boolean isEmployedIn(PersonId person, YearMonth month) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(month, "month");
        ContributionHistory h = table.snapshot().get(person);
        return h != null && h.isEmployedIn(month);
    }

    @Override
    public void record(ContributionHistory history) {
        Objects.requireNonNull(history, "history");
        recordChecked(List.of(history));
    }

    @Override
    public BatchResult recordAll(List<ContributionHistory> histories) {
        Objects.requireNonNull(histories, "histories");
        List<ContributionHistory> items = new ArrayList<>(histories);
        List<Violation> faults = Batches.check(items, "histories", ContributionHistory::person, ".person");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return recordChecked(items);
    }

    private BatchResult recordChecked(List<ContributionHistory> items) {
        return table.write(s -> {
            Map<PersonId, ContributionHistory> puts = new LinkedHashMap<>();
            int inserted = 0;
            for (ContributionHistory h : items) {
                ContributionHistory old = s.get(h.person());
                if (old == null) {
                    inserted++;
                    puts.put(h.person(), h);
                } else if (!old.equals(h)) {
                    puts.put(h.person(), h);
                }
            }
            return new PersonTable.Change<>(puts, inserted,
                    new BatchResult(inserted, puts.size() - inserted, items.size() - puts.size()));
        });
    }

    @Override
    public long count() {
        return table.snapshot().size();
    }

    @Override
    public String toString() {
        return "InMemorySocialInsuranceRegistry[" + count() + " histories]";
    }
}
