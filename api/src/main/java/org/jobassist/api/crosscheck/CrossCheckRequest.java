package org.jobassist.api.crosscheck;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.time.DateRange;

/**
 * What one cross-check run (实时比对) covers: the day on which recognitions and evidence are
 * checked, the period whose payments are checked (ledger entries by accounting date), and, for
 * an incremental run, the change-feed position after which people changed
 * ({@link Changes#sequence()} of the previous run's {@link CrossCheckReport#nextSequence()}).
 *
 * <p>Error code: {@code changes.sequence-negative} (path {@code sequence}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the day checked
 * @param paidPeriod the payments checked
 * @param since the position of an incremental run, empty for a full run
 */
public record CrossCheckRequest(LocalDate asOf, DateRange paidPeriod, OptionalLong since) {

    /**
     * Checks the components.
     *
     * @throws org.jobassist.api.error.InvalidInputException {@code changes.sequence-negative}
     * @throws NullPointerException if a component is null
     */
    public CrossCheckRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(paidPeriod, "paidPeriod");
        Objects.requireNonNull(since, "since");
        if (since.isPresent()) {
            Changes.checked(since.getAsLong());
        }
    }

    /**
     * A full run: every recognised person and every payment of the period.
     *
     * @param asOf the day checked
     * @param paidPeriod the payments checked
     * @return the request
     * @throws NullPointerException if an argument is null
     */
    public static CrossCheckRequest full(LocalDate asOf, DateRange paidPeriod) {
        return new CrossCheckRequest(asOf, paidPeriod, OptionalLong.empty());
    }

    /**
     * An incremental run: only people whose data changed after {@code sequence} in any source.
     *
     * @param sequence the position, such as the previous report's next sequence
     * @param asOf the day checked
     * @param paidPeriod the payments checked
     * @return the request
     * @throws org.jobassist.api.error.InvalidInputException {@code changes.sequence-negative}
     * @throws NullPointerException if an argument is null
     */
    public static CrossCheckRequest since(long sequence, LocalDate asOf, DateRange paidPeriod) {
        return new CrossCheckRequest(asOf, paidPeriod, OptionalLong.of(sequence));
    }

    /**
     * Whether this is an incremental run.
     *
     * @return true if {@link #since()} is present
     */
    public boolean isIncremental() {
        return since.isPresent();
    }
}
