package org.jobassist.impl.internal.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jobassist.api.category.Condition;
import org.jobassist.api.law.Explanation;

/**
 * One compiled condition. {@link #test} is the fast path: it may short-circuit and reorder
 * the children of a connective, cheapest first. {@link #explain} evaluates every condition in
 * the pack's order, so that "why not" lists every failed condition. Both give the same
 * decision. Immutable and thread-safe; the per-person state lives in the {@link Evaluation}.
 */
abstract class Node {

    /** The prefix of the rule id of every condition node. */
    static final String RULE_PREFIX = "category.condition.";

    final Condition condition;
    /** A rough relative cost of the fast test, for ordering the children of a connective. */
    final int cost;

    Node(Condition condition, int cost) {
        this.condition = condition;
        this.cost = cost;
    }

    abstract boolean test(Evaluation e);

    abstract Explanation explain(Evaluation e);

    final Explanation.Builder start() {
        return Explanation.builder(RULE_PREFIX + condition.kind().code()).description(condition.describe());
    }

    /** {@code all}: short-circuits on the first failure, cheapest first. */
    static final class All extends Node {
        private final Node[] inOrder;
        private final Node[] cheapestFirst;

        All(Condition condition, List<Node> children) {
            super(condition, sum(children));
            this.inOrder = children.toArray(new Node[0]);
            this.cheapestFirst = byCost(children);
        }

        @Override
        boolean test(Evaluation e) {
            for (Node child : cheapestFirst) {
                if (!child.test(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Explanation explain(Evaluation e) {
            Explanation.Builder b = start();
            boolean all = true;
            for (Node child : inOrder) {
                Explanation x = child.explain(e);
                all &= x.outcome() == Explanation.Outcome.SATISFIED;
                b.child(x);
            }
            return b.satisfied(all).build();
        }
    }

    /** {@code any}: short-circuits on the first success, cheapest first. */
    static final class Any extends Node {
        private final Node[] inOrder;
        private final Node[] cheapestFirst;

        Any(Condition condition, List<Node> children) {
            super(condition, sum(children));
            this.inOrder = children.toArray(new Node[0]);
            this.cheapestFirst = byCost(children);
        }

        @Override
        boolean test(Evaluation e) {
            for (Node child : cheapestFirst) {
                if (child.test(e)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Explanation explain(Evaluation e) {
            Explanation.Builder b = start();
            boolean any = false;
            for (Node child : inOrder) {
                Explanation x = child.explain(e);
                any |= x.outcome() == Explanation.Outcome.SATISFIED;
                b.child(x);
            }
            return b.satisfied(any).build();
        }
    }

    /** {@code not}. */
    static final class Negation extends Node {
        private final Node child;

        Negation(Condition condition, Node child) {
            super(condition, child.cost);
            this.child = child;
        }

        @Override
        boolean test(Evaluation e) {
            return !child.test(e);
        }

        @Override
        Explanation explain(Evaluation e) {
            Explanation x = child.explain(e);
            return start().child(x).satisfied(x.outcome() != Explanation.Outcome.SATISFIED).build();
        }
    }

    private static int sum(List<Node> children) {
        long total = 0;
        for (Node n : children) {
            total += n.cost;
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private static Node[] byCost(List<Node> children) {
        List<Node> sorted = new ArrayList<>(children);
        // Stable: children of equal cost keep the pack's order.
        sorted.sort(Comparator.comparingInt(n -> n.cost));
        return sorted.toArray(new Node[0]);
    }
}
