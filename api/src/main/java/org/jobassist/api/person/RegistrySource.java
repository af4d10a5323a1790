package org.jobassist.api.person;

/**
 * Who keeps a record about a person: the agency whose registry (部门数据) certifies a fact
 * that recognition reads, or the employment-service system itself.
 *
 * <p>Immutable and thread-safe.
 */
public enum RegistrySource {
    /** Civil affairs (民政): urban minimum living allowance, orphans, single parents. */
    CIVIL_AFFAIRS,
    /** The disabled persons' federation (残联): disability certificates. */
    DISABLED_PERSONS_FEDERATION,
    /** Rural revitalisation (乡村振兴): poverty-alleviated and rural low-income people. */
    RURAL_REVITALISATION,
    /** Veterans' affairs (退役军人事务): entitled groups, martyrs' families, military spouses. */
    VETERANS_AFFAIRS,
    /** Social insurance (社会保险): contribution months, which show employment. */
    SOCIAL_INSURANCE,
    /** The employment-service system's own records: model workers, land-expropriated farmers. */
    HOST
}
