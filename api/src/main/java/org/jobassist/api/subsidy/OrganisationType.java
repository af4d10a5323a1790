package org.jobassist.api.subsidy;

/**
 * What kind of insured unit (参保单位) an employer is. For the job-stabilisation refund every
 * type other than {@link #ENTERPRISE} counts as an SME, whatever its size (DOMAIN §3.3).
 */
public enum OrganisationType {
    /** An enterprise; its {@link EnterpriseSize} decides whether it is an SME. */
    ENTERPRISE,
    /** A social organisation (社会团体). */
    SOCIAL_ORGANISATION,
    /** A foundation (基金会). */
    FOUNDATION,
    /** A law firm (律师事务所). */
    LAW_FIRM,
    /** An accounting firm (会计师事务所). */
    ACCOUNTING_FIRM,
    /** An individual business insured as a unit (以单位形式参保的个体工商户). */
    INDIVIDUAL_BUSINESS_INSURED_AS_UNIT;

    /**
     * Whether the type counts as an SME regardless of size.
     *
     * @return true for every type but {@link #ENTERPRISE}
     */
    public boolean countsAsSme() {
        return this != ENTERPRISE;
    }
}
