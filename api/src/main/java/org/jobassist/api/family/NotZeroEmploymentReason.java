package org.jobassist.api.family;

/**
 * Why a household is not a zero-employment family: the household-level conditions of the test
 * that failed. A determination lists every one that applies; none means the household is one.
 */
public enum NotZeroEmploymentReason {
    /** The register is rural; the test is for urban families. */
    RURAL_REGISTRATION,
    /** The family has operating or investment income. */
    HAS_OPERATING_OR_INVESTMENT_INCOME,
    /** A family member is employed on the date asked. */
    MEMBER_EMPLOYED,
    /** Fewer working-age, able and willing members without work than the pack's minimum (2). */
    TOO_FEW_MEMBERS
}
