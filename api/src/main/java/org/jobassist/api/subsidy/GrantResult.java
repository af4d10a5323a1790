package org.jobassist.api.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * What granting one case did: the decisions granted, the ledger entries they stand for, how
 * many of those this grant recorded ({@link #created()}) and how many the ledger already held
 * ({@link #alreadyPresent()}: granting the same case again pays nothing twice), and the amount
 * this grant recorded. A case none of whose decisions is eligible has no entries and records
 * nothing.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks ID numbers.
 *
 * @param decisions the decisions of the case, in order
 * @param entries every ledger entry of the case, in order, created or already present
 * @param created how many entries this grant recorded, from 0 to {@code entries.size()}
 * @param amountRecorded the sum of the entries this grant recorded
 */
public record GrantResult(List<SubsidyDecision> decisions, List<LedgerEntry> entries, int created,
                          Money amountRecorded) {

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if {@code created} is negative or above the entries,
     *     or the amount is negative
     * @throws NullPointerException if an argument or an element is null
     */
    public GrantResult {
        decisions = List.copyOf(decisions);
        entries = List.copyOf(entries);
        Objects.requireNonNull(amountRecorded, "amountRecorded");
        if (created < 0 || created > entries.size()) {
            throw new IllegalArgumentException("created must be between 0 and the number of entries");
        }
        if (amountRecorded.isNegative()) {
            throw new IllegalArgumentException("an amount recorded is never negative");
        }
    }

    /** @return how many entries the ledger already held, equal, and left alone */
    public int alreadyPresent() {
        return entries.size() - created;
    }

    /** @return whether the case had anything to pay: an eligible decision with at least one entry */
    public boolean isEligible() {
        return !entries.isEmpty();
    }

    /** @return whether this grant recorded nothing: not eligible, or granted before */
    public boolean isNoOp() {
        return created == 0;
    }

    /** @return the reasons of the decisions that are not eligible, in order; empty when all are */
    public List<Ineligibility> ineligibilities() {
        List<Ineligibility> all = new ArrayList<>();
        for (SubsidyDecision d : decisions) {
            all.addAll(d.ineligibilities());
        }
        return List.copyOf(all);
    }

    /** {@return a summary with ID numbers masked} */
    @Override
    public String toString() {
        return "GrantResult[" + decisions.size() + " decisions, " + entries.size() + " entries, " + created
                + " created, " + alreadyPresent() + " already present, recorded " + amountRecorded.format() + "]";
    }
}
