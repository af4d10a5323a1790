package org.jobassist.api.category;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jobassist.api.person.RegistryFlag;

/**
 * A condition (认定条件) of a category of people with employment difficulties: a small typed
 * vocabulary that a policy pack combines in JSON, so that a province can express its own
 * catalogue without Java code.
 *
 * <p>The vocabulary: {@link RegisteredUnemployed}, {@link WithinYearsOfRetirement},
 * {@link AgeAtLeast}, {@link ZeroEmploymentFamilyMember}, {@link HoldsRegistryFlag},
 * {@link ResidesInCountySet}, {@link UnemployedAtLeastMonths},
 * {@link ReferralsAcceptedAtLeast}, and the connectives {@link AllOf}, {@link AnyOf},
 * {@link Not}. Each has a {@link #kind()} whose {@link ConditionKind#code() code} names it in
 * JSON and explanations. A condition only states the rule; evaluating it against a person
 * and evidence is the recognition engine's job.
 *
 * <p>Error codes of the constructors: {@code category.negative} (a negative number),
 * {@code category.empty} (an {@code all} or {@code any} of nothing),
 * {@code category.policy-key} (a blank policy key).
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Condition permits RegisteredUnemployed, WithinYearsOfRetirement, AgeAtLeast,
        ZeroEmploymentFamilyMember, HoldsRegistryFlag, ResidesInCountySet, UnemployedAtLeastMonths,
        ReferralsAcceptedAtLeast, AllOf, AnyOf, Not {

    /**
     * The kind of this condition, for a {@code switch} and for JSON.
     *
     * @return the kind
     */
    ConditionKind kind();

    /**
     * The condition in words, in English, for explanations and logs; connectives in brackets.
     *
     * @return the description, such as {@code all of (registered unemployed; holds
     *     DISABILITY_CERTIFICATE)}
     */
    String describe();

    /**
     * The registry flags this condition reads, anywhere in its tree, so that an engine can
     * ask only those registries.
     *
     * @return a new modifiable set, empty if the condition reads no flag
     */
    default Set<RegistryFlag> registryFlags() {
        Set<RegistryFlag> flags = EnumSet.noneOf(RegistryFlag.class);
        collect(this, flags, null);
        return flags;
    }

    /**
     * The policy keys this condition reads (those of {@link ResidesInCountySet}), anywhere in
     * its tree, in the order met.
     *
     * @return a new modifiable set, empty if the condition reads no policy value
     */
    default Set<String> policyKeys() {
        Set<String> keys = new LinkedHashSet<>();
        collect(this, null, keys);
        return keys;
    }

    private static void collect(Condition condition, Set<RegistryFlag> flags, Set<String> keys) {
        switch (condition.kind()) {
            case REGISTRY_FLAG:
                if (flags != null) {
                    flags.add(((HoldsRegistryFlag) condition).flag());
                }
                break;
            case RESIDES_IN_COUNTY_SET:
                if (keys != null) {
                    keys.add(((ResidesInCountySet) condition).policyKey());
                }
                break;
            case ALL:
                ((AllOf) condition).conditions().forEach(c -> collect(c, flags, keys));
                break;
            case ANY:
                ((AnyOf) condition).conditions().forEach(c -> collect(c, flags, keys));
                break;
            case NOT:
                collect(((Not) condition).condition(), flags, keys);
                break;
            default:
                break;
        }
    }
}
