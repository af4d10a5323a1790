package org.jobassist.api.category;

import java.util.Objects;

/**
 * Holds when {@code condition} does not: Liaoning's reference categories of
 * poverty-alleviated and rural low-income labour <em>outside</em> the key assisted counties.
 *
 * <p>Immutable and thread-safe.
 *
 * @param condition the negated condition; not null
 */
public record Not(Condition condition) implements Condition {

    /**
     * Checks the condition.
     *
     * @throws NullPointerException if {@code condition} is null
     */
    public Not {
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * The negation of {@code condition}.
     *
     * @param condition the condition
     * @return the negation
     * @throws NullPointerException if {@code condition} is null
     */
    public static Not of(Condition condition) {
        return new Not(condition);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.NOT;
    }

    @Override
    public String describe() {
        return "not (" + condition.describe() + ")";
    }
}
