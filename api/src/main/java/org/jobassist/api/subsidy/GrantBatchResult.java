package org.jobassist.api.subsidy;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * What granting a batch of cases did, case by case counted once: granted (this batch recorded
 * at least one of its entries), already granted (the ledger held every entry), not eligible
 * (nothing to pay), rejected (with the case's index and the codes of its violations, never
 * personal data). Nothing is silently dropped: {@code granted + alreadyGranted + notEligible +
 * rejections.size() == size}.
 *
 * <p>Codes in a rejection: the ledger's ({@code ledger.exclusive-overlap},
 * {@code ledger.duration-cap}, {@code ledger.grant-cap}, {@code ledger.key-conflict}), those
 * of {@link LedgerEntry#fromDecision} ({@code ledger-entry.*}), {@code store.null-item} for a
 * null case, and, in {@link GrantMode#ALL_OR_NOTHING}, {@code grant.batch-rolled-back} for an
 * eligible case not at fault that was not recorded because another case was refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode how the batch was recorded
 * @param size the number of cases
 * @param granted cases of which this batch recorded at least one entry
 * @param alreadyGranted eligible cases whose entries the ledger already held
 * @param notEligible cases without anything to pay
 * @param rejections the refused cases, in index order
 * @param entriesRecorded the ledger entries this batch recorded
 * @param amountRecorded the sum of the entries this batch recorded
 */
public record GrantBatchResult(GrantMode mode, int size, int granted, int alreadyGranted, int notEligible,
                               List<Rejection> rejections, int entriesRecorded, Money amountRecorded) {

    /** The code of an eligible case left unrecorded because another case of an all-or-nothing batch was refused. */
    public static final String ROLLED_BACK = "grant.batch-rolled-back";

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count or the amount is negative, or the cases do
     *     not add up to {@code size}
     * @throws NullPointerException if an argument or a rejection is null
     */
    public GrantBatchResult {
        Objects.requireNonNull(mode, "mode");
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(amountRecorded, "amountRecorded");
        if (size < 0 || granted < 0 || alreadyGranted < 0 || notEligible < 0 || entriesRecorded < 0
                || amountRecorded.isNegative()) {
            throw new IllegalArgumentException("batch counts and amounts are never negative");
        }
        if ((long) granted + alreadyGranted + notEligible + rejections.size() != size) {
            throw new IllegalArgumentException("every case is counted exactly once");
        }
    }

    /** @return the cases recorded or found recorded: granted plus already granted */
    public int accepted() {
        return granted + alreadyGranted;
    }

    /** @return the number of refused cases */
    public int rejected() {
        return rejections.size();
    }

    /** @return whether this batch recorded nothing */
    public boolean isNoOp() {
        return entriesRecorded == 0;
    }

    /**
     * A refused case: its index in the batch and the codes of its violations, each once, in
     * the order found. No personal data.
     *
     * @param index the case's index in the batch
     * @param codes the violation codes, at least one
     */
    public record Rejection(int index, List<String> codes) {

        /**
         * Checks and copies the fields.
         *
         * @throws IllegalArgumentException if the index is negative or there is no code
         * @throws NullPointerException if {@code codes} or a code is null
         */
        public Rejection {
            codes = List.copyOf(codes);
            if (index < 0 || codes.isEmpty()) {
                throw new IllegalArgumentException("a rejection has an index and at least one code");
            }
        }
    }
}
