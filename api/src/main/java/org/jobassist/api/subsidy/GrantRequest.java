package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One case to grant (发放) and record in the entitlement ledger: the decisions of the case (one,
 * or the runs of a {@link MonthlySubsidyCalculator}), the grant reference the payments belong
 * to (the approval, placement or certificate id), the day of the grant and the duration cap
 * of the entitlement (36 months, or the months to retirement) for a monthly kind.
 *
 * <p>The entries recorded are those of
 * {@link LedgerEntry#fromDecision(SubsidyDecision, String, LocalDate, OptionalInt)} for each
 * decision, in order; a case whose decisions are not eligible records nothing. The reference
 * is checked when the entries are made (code {@code ledger-entry.grant-reference}), so a
 * batch reports a bad one as a rejected case instead of failing whole.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks ID numbers and omits the reference.
 */
public final class GrantRequest {

    private final List<SubsidyDecision> decisions;
    private final String grantReference;
    private final LocalDate grantedOn;
    private final OptionalInt durationCapMonths;

    private GrantRequest(List<SubsidyDecision> decisions, String grantReference, LocalDate grantedOn,
                         OptionalInt durationCapMonths) {
        this.decisions = List.copyOf(decisions);
        this.grantReference = Objects.requireNonNull(grantReference, "grantReference");
        this.grantedOn = Objects.requireNonNull(grantedOn, "grantedOn");
        this.durationCapMonths = Objects.requireNonNull(durationCapMonths, "durationCapMonths");
        if (this.decisions.isEmpty()) {
            throw new IllegalArgumentException("a grant request holds at least one decision");
        }
    }

    /**
     * A case of one decision.
     *
     * @param decision the decision
     * @param grantReference the approval, placement or certificate the payments belong to
     * @param grantedOn the day of the grant
     * @param durationCapMonths the months the entitlement allows in all, for a monthly kind;
     *     empty for none
     * @return the request
     * @throws NullPointerException if an argument is null
     */
    public static GrantRequest of(SubsidyDecision decision, String grantReference, LocalDate grantedOn,
                                  OptionalInt durationCapMonths) {
        return new GrantRequest(List.of(Objects.requireNonNull(decision, "decision")), grantReference, grantedOn,
                durationCapMonths);
    }

    /**
     * A case of several decisions recorded together, such as the runs of one period.
     *
     * @param decisions the decisions, at least one
     * @param grantReference the approval, placement or certificate the payments belong to
     * @param grantedOn the day of the grant
     * @param durationCapMonths the months the entitlement allows in all; empty for none
     * @return the request
     * @throws IllegalArgumentException if {@code decisions} is empty
     * @throws NullPointerException if an argument or a decision is null
     */
    public static GrantRequest ofRuns(List<SubsidyDecision> decisions, String grantReference, LocalDate grantedOn,
                                      OptionalInt durationCapMonths) {
        return new GrantRequest(Objects.requireNonNull(decisions, "decisions"), grantReference, grantedOn,
                durationCapMonths);
    }

    /** @return the decisions of the case, at least one, in order */
    public List<SubsidyDecision> decisions() {
        return decisions;
    }

    /** @return the approval, placement or certificate the payments belong to */
    public String grantReference() {
        return grantReference;
    }

    /** @return the day of the grant */
    public LocalDate grantedOn() {
        return grantedOn;
    }

    /** @return the months the entitlement allows in all, or empty */
    public OptionalInt durationCapMonths() {
        return durationCapMonths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrantRequest r && decisions.equals(r.decisions) && grantReference.equals(r.grantReference)
                && grantedOn.equals(r.grantedOn) && durationCapMonths.equals(r.durationCapMonths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decisions, grantReference, grantedOn, durationCapMonths);
    }

    /** {@return a summary with ID numbers masked} */
    @Override
    public String toString() {
        return "GrantRequest[" + decisions + ", granted " + grantedOn
                + (durationCapMonths.isPresent() ? ", cap " + durationCapMonths.getAsInt() + " months" : "") + "]";
    }
}
