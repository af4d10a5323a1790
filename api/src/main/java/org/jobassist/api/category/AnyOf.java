package org.jobassist.api.category;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * Holds when at least one of the {@code conditions} holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param conditions the conditions, in the order the pack gives them; not empty, no null element
 */
public record AnyOf(List<Condition> conditions) implements Condition {

    /**
     * Copies and checks the list.
     *
     * @throws InvalidInputException {@code category.empty} if {@code conditions} is empty
     * @throws NullPointerException if {@code conditions} or an element is null
     */
    public AnyOf {
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        if (conditions.isEmpty()) {
            throw new InvalidInputException(new Violation("conditions", "category.empty",
                    "\"any\" needs at least one condition"));
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
    public static AnyOf of(Condition... conditions) {
        return new AnyOf(List.of(conditions));
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.ANY;
    }

    @Override
    public String describe() {
        StringJoiner joined = new StringJoiner("; ", "any of (", ")");
        conditions.forEach(c -> joined.add(c.describe()));
        return joined.toString();
    }
}
