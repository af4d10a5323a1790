package org.jobassist.api.category;

/**
 * The person is a member of an urban zero-employment family (城镇零就业家庭), as the family
 * work determines it.
 *
 * <p>Immutable and thread-safe.
 */
public record ZeroEmploymentFamilyMember() implements Condition {

    /**
     * The condition; all instances are equal.
     *
     * @return the condition
     */
    public static ZeroEmploymentFamilyMember of() {
        return new ZeroEmploymentFamilyMember();
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.ZERO_EMPLOYMENT_FAMILY_MEMBER;
    }

    @Override
    public String describe() {
        return "member of an urban zero-employment family";
    }
}
