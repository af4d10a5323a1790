package org.jobassist.api.category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.law.Explanation;

/**
 * The outcome of one category for one person on one date: whether its full condition (the
 * catalogue's precondition or reference gate included) is satisfied, and how.
 *
 * <p>The explanation's root is the category (rule {@code category.category}), its one child
 * the full condition, each condition a node with rule {@code category.condition.<kind>} (such
 * as {@code category.condition.registry-flag}). On the fast path the explanation is a single
 * node with the decision and no children.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category
 * @param satisfied whether the person falls in it
 * @param explanation how the decision came about
 */
public record CategoryOutcome(Category category, boolean satisfied, Explanation explanation) {

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the explanation's outcome disagrees with
     *     {@code satisfied}
     * @throws NullPointerException if a field is null
     */
    public CategoryOutcome {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(explanation, "explanation");
        if ((explanation.outcome() == Explanation.Outcome.SATISFIED) != satisfied) {
            throw new IllegalArgumentException("the explanation's outcome must agree with the decision");
        }
    }

    /**
     * The conditions that decided the outcome. For a category not satisfied, the failed
     * conditions ({@link Explanation#failedConditions()}): every child of an {@code any} that
     * failed, the failed children of an {@code all} that failed, a {@code not} whose condition
     * held. For a category satisfied, the mirror image: the most specific satisfied conditions
     * ({@link Explanation.Outcome#SATISFIED} nodes none of whose children is satisfied), never
     * entering a condition that failed — every child of an {@code all}, the satisfied children
     * of an {@code any}, a {@code not} whose condition failed.
     *
     * @return an unmodifiable list in depth-first order; empty on the fast path, whose
     *     explanation has no condition nodes
     */
    public List<Explanation> decidingConditions() {
        if (explanation.children().isEmpty()) {
            return List.of();
        }
        if (!satisfied) {
            return explanation.failedConditions();
        }
        List<Explanation> held = new ArrayList<>();
        for (Explanation child : explanation.children()) {
            collectHeld(child, held);
        }
        return Collections.unmodifiableList(held);
    }

    private static void collectHeld(Explanation node, List<Explanation> held) {
        if (node.outcome() != Explanation.Outcome.SATISFIED) {
            return;
        }
        boolean heldChild = false;
        for (Explanation child : node.children()) {
            if (child.outcome() == Explanation.Outcome.SATISFIED) {
                heldChild = true;
            }
        }
        if (!heldChild) {
            held.add(node);
            return;
        }
        for (Explanation child : node.children()) {
            collectHeld(child, held);
        }
    }

    /**
     * The category's code and the decision; the explanation is left out.
     *
     * @return such as {@code CategoryOutcome[DISABLED satisfied]}
     */
    @Override
    public String toString() {
        return "CategoryOutcome[" + category.code() + (satisfied ? " satisfied]" : " not satisfied]");
    }
}
