package org.jobassist.api.family;

/** Which circle of relatives a {@link RelativesReport} lists, by paragraph of Civil Code Art. 1045. */
public enum RelativeScope {
    /** Relatives (亲属), para. 1. */
    RELATIVES,
    /** Close relatives (近亲属), para. 2. */
    CLOSE_RELATIVES,
    /** Family members (家庭成员), para. 3. */
    FAMILY_MEMBERS
}
