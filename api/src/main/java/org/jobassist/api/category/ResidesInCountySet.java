package org.jobassist.api.category;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The person's household is registered in one of the counties of a code set that a policy
 * value gives, such as {@code category.key-assisted-counties} (省级乡村振兴重点帮扶县). The set
 * itself is a dated policy value, resolved for the person's jurisdiction and the date asked
 * about, so it changes without a new catalogue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policyKey the name of a code-set policy key; not blank
 */
public record ResidesInCountySet(String policyKey) implements Condition {

    /**
     * Checks the key name; whether the key exists and is a code set is checked where the
     * catalogue is loaded.
     *
     * @throws InvalidInputException {@code category.policy-key} if {@code policyKey} is blank
     * @throws NullPointerException if {@code policyKey} is null
     */
    public ResidesInCountySet {
        Objects.requireNonNull(policyKey, "policyKey");
        if (policyKey.isBlank()) {
            throw new InvalidInputException(new Violation("policyKey", "category.policy-key",
                    "the policy key must not be blank"));
        }
    }

    /**
     * The condition for the set under this key.
     *
     * @param policyKey the key's name
     * @return the condition
     * @throws InvalidInputException {@code category.policy-key} if {@code policyKey} is blank
     * @throws NullPointerException if {@code policyKey} is null
     */
    public static ResidesInCountySet of(String policyKey) {
        return new ResidesInCountySet(policyKey);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.RESIDES_IN_COUNTY_SET;
    }

    @Override
    public String describe() {
        return "resides in a county of " + policyKey;
    }
}
