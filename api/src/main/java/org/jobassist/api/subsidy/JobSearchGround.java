package org.jobassist.api.subsidy;

/**
 * Why a graduate may receive the one-time job-search subsidy (一次性求职创业补贴): the family
 * they come from, or their own disability. Membership is a fact the host certifies from the
 * registries; the library does not derive it.
 *
 * <p>Immutable and thread-safe.
 */
public enum JobSearchGround {
    /** From a family receiving the minimum living allowance (低保家庭). */
    MINIMUM_LIVING_ALLOWANCE_FAMILY,
    /** From a zero-employment family (零就业家庭). */
    ZERO_EMPLOYMENT_FAMILY,
    /** From a family monitored against (a return to) poverty (防返贫监测对象家庭). */
    MONITORED_FAMILY,
    /** The graduate is disabled (残疾毕业生). */
    DISABLED
}
