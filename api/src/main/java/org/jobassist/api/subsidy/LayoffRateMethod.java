package org.jobassist.api.subsidy;

/**
 * The two ways of computing an employer's layoff rate (裁员率) for the job-stabilisation
 * refund; both divide by the insured headcount at the end of the year before the assessed
 * year.
 */
public enum LayoffRateMethod {
    /**
     * (insured at the end of the year before − insured at the end of the year) ÷ insured at
     * the end of the year before; a headcount that grew gives zero.
     */
    HEADCOUNT_DECREASE,
    /** People drawing unemployment benefit in the year ÷ insured at the end of the year before. */
    BENEFIT_CLAIMANTS
}
