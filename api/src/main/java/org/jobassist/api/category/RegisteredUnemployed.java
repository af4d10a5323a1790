package org.jobassist.api.category;

/**
 * The person is a registered unemployed person (登记失业人员): the precondition of every
 * Liaoning category, and part of the reference categories' gate.
 *
 * <p>Immutable and thread-safe.
 */
public record RegisteredUnemployed() implements Condition {

    /**
     * The condition; all instances are equal.
     *
     * @return the condition
     */
    public static RegisteredUnemployed of() {
        return new RegisteredUnemployed();
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.REGISTERED_UNEMPLOYED;
    }

    @Override
    public String describe() {
        return "registered unemployed";
    }
}
