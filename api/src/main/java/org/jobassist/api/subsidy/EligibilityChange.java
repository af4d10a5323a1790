package org.jobassist.api.subsidy;

/**
 * How a case's eligibility moved from the base to the alternative of a what-if run.
 */
public enum EligibilityChange {
    /** Both sides calculated and agree on eligibility. */
    UNCHANGED,
    /** Not eligible under the base, eligible under the alternative. */
    BECAME_ELIGIBLE,
    /** Eligible under the base, not eligible under the alternative. */
    LOST_ELIGIBILITY,
    /** At least one side failed to calculate, so there is nothing to compare. */
    NOT_COMPARABLE
}
