package org.jobassist.api.category;

import java.util.Optional;

/**
 * The kinds of {@link Condition}, one per record type, each with the stable code that names
 * it in policy-pack JSON ({@code "kind": "registry-flag"}) and in explanations. An engine can
 * {@code switch} over {@link Condition#kind()} instead of testing types one by one.
 *
 * <p>Immutable and thread-safe.
 */
public enum ConditionKind {
    /** {@link RegisteredUnemployed}. */
    REGISTERED_UNEMPLOYED("registered-unemployed"),
    /** {@link WithinYearsOfRetirement}. */
    WITHIN_YEARS_OF_RETIREMENT("within-years-of-retirement"),
    /** {@link AgeAtLeast}. */
    AGE_AT_LEAST("age-at-least"),
    /** {@link ZeroEmploymentFamilyMember}. */
    ZERO_EMPLOYMENT_FAMILY_MEMBER("zero-employment-family-member"),
    /** {@link HoldsRegistryFlag}. */
    REGISTRY_FLAG("registry-flag"),
    /** {@link ResidesInCountySet}. */
    RESIDES_IN_COUNTY_SET("resides-in-county-set"),
    /** {@link UnemployedAtLeastMonths}. */
    UNEMPLOYED_AT_LEAST_MONTHS("unemployed-at-least-months"),
    /** {@link ReferralsAcceptedAtLeast}. */
    REFERRALS_ACCEPTED_AT_LEAST("referrals-accepted-at-least"),
    /** {@link AllOf}. */
    ALL("all"),
    /** {@link AnyOf}. */
    ANY("any"),
    /** {@link Not}. */
    NOT("not");

    private final String code;

    ConditionKind(String code) {
        this.code = code;
    }

    /**
     * The stable code of this kind, as written in JSON.
     *
     * @return the code, such as {@code registry-flag}
     */
    public String code() {
        return code;
    }

    /**
     * The kind with this code.
     *
     * @param code a code such as {@code age-at-least}
     * @return the kind, or empty if no kind has this code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<ConditionKind> fromCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (ConditionKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
