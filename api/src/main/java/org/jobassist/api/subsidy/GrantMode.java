package org.jobassist.api.subsidy;

/**
 * How a batch of grants is recorded in the entitlement ledger.
 */
public enum GrantMode {
    /**
     * One ledger transaction for the whole batch: every case is recorded, or, if any case is
     * refused, none is (the cases not at fault are reported as rejected with
     * {@code grant.batch-rolled-back}).
     */
    ALL_OR_NOTHING,
    /**
     * One ledger transaction per case: a refused case is reported and the others are recorded.
     */
    PER_CASE
}
