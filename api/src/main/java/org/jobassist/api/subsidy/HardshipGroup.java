package org.jobassist.api.subsidy;

/**
 * The special-hardship groups (特殊困难群体) whom public welfare posts mainly serve and who alone
 * may be placed in one again after a subsidised placement. The policy pack lists the groups
 * in force by these names
 * ({@link org.jobassist.api.policy.PolicyKeys#PUBLIC_WELFARE_POST_REPLACEMENT_GROUPS}).
 *
 * <p>Membership is a fact the host certifies; the library does not derive it.
 * Immutable and thread-safe.
 */
public enum HardshipGroup {
    /** An older unemployed person (大龄失业人员). */
    OLDER_UNEMPLOYED,
    /** A member of an urban zero-employment family (零就业家庭成员). */
    ZERO_EMPLOYMENT_FAMILY_MEMBER,
    /** A severely disabled person, disability grade 1 or 2 (重度残疾人). */
    SEVERELY_DISABLED
}
