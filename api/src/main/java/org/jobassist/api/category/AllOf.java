package org.jobassist.api.category;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * Holds when every one of the {@code conditions} holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param conditions the conditions, in the order the pack gives them; not empty, no null element
 */
public record AllOf(List<Condition> conditions) implements Condition {

    /**
     * Copies and checks the list.
     *
     * @throws InvalidInputException {@code category.empty} if {@code conditions} is empty
     * @throws NullPointerException if {@code conditions} or an element is null
     */
    public AllOf {
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        if (conditions.isEmpty()) {
            throw new InvalidInputException(new Violation("conditions", "category.empty",
                    "\"all\" needs at least one condition"));
        }
    }

    /**
     * The condition over these conditions.
     *
     * @param conditions the conditions
     * @return the condition
     * @throws InvalidInputException {@code category.empty} if none is given
     * @throws NullPointerException if an argument is null
     */
    public static AllOf of(Condition... conditions) {
        return new AllOf(List.of(conditions));
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.ALL;
    }

    @Override
    public String describe() {
        StringJoiner joined = new StringJoiner("; ", "all of (", ")");
        conditions.forEach(c -> joined.add(c.describe()));
        return joined.toString();
    }
}
