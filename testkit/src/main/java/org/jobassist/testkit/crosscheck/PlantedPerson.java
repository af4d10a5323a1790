package org.jobassist.testkit.crosscheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.subsidy.LedgerEntry;

/**
 * One generated person of a cross-check case: the person record, the recognition record
 * (recognised on the case's day), the registry evidence, the contribution history, the payments
 * in the case's two ledgers (the ledger of the city of residence, and another city's), and the
 * kinds of discrepancy planted: exactly the kinds a correct cross-check reports for this person
 * on the case's day and paid period. An empty set is a clean person, for whom nothing may be
 * reported.
 *
 * <p>Immutable and thread-safe; {@link #toString()} holds no personal data.
 *
 * @param person the person record
 * @param recognition the recognition record, version 0 (not stored)
 * @param evidence the registry evidence, possibly empty
 * @param contributions the contribution history
 * @param ledgerA the payments in the first ledger
 * @param ledgerB the payments in the second ledger
 * @param planted the kinds planted; empty for a clean person
 */
public record PlantedPerson(PersonRecord person, RecognitionRecord recognition, List<Evidence> evidence,
                            ContributionHistory contributions, List<LedgerEntry> ledgerA, List<LedgerEntry> ledgerB,
                            Set<DiscrepancyKind> planted) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public PlantedPerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(recognition, "recognition");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(contributions, "contributions");
        ledgerA = List.copyOf(ledgerA);
        ledgerB = List.copyOf(ledgerB);
        planted = planted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(planted));
    }

    /**
     * Whether nothing is planted.
     *
     * @return true for a clean person
     */
    public boolean isClean() {
        return planted.isEmpty();
    }

    /**
     * Stores this person's data, one write per store (for bulk loading, gather people and use
     * {@link CrossCheckCases#loadAll}).
     *
     * @param people the person store
     * @param recognitions the recognition store
     * @param registries the registries
     * @param a the first ledger
     * @param b the second ledger
     * @throws NullPointerException if an argument is null
     */
    public void loadInto(PersonStore people, RecognitionStore recognitions, Registries registries,
                         EntitlementLedger a, EntitlementLedger b) {
        CrossCheckCases.loadAll(List.of(this), people, recognitions, registries, a, b);
    }

    @Override
    public String toString() {
        List<String> kinds = new ArrayList<>();
        planted.forEach(k -> kinds.add(k.code()));
        kinds.sort(null);
        return "PlantedPerson[" + person.id() + " " + recognition.categories() + ", " + evidence.size()
                + " evidence, " + ledgerA.size() + "+" + ledgerB.size() + " payments, planted " + kinds + "]";
    }
}
