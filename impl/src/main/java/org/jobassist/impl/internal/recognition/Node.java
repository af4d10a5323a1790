package org.jobassist.impl.internal.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jobassist.api.category.Condition;
import org.jobassist.api.law.Explanation;

/**
 * One compiled condition. Equal conditions of one catalogue version compile to one node with
 * one memo slot, so a fact or a sub-condition several categories share (registered
 * unemployed, a registry flag, the reference gate) is evaluated and explained once per person.
 * {@link #test} is the fast path: it may short-circuit and reorder
 * the children of a connective, cheapest first. {@link #explain} evaluates every condition in
 * the pack's order, so that "why not" lists every failed condition. Both give the same
 * decision. Immutable and thread-safe; the per-person state lives in the {@link Evaluation}.
 */
abstract class Node {

    /** The prefix of the rule id of every condition node. */
    static final String RULE_PREFIX = "category.condition.";

    final Condition condition;
    /**
     * A rough relative cost of the fast test, for ordering the children of a connective. A
     * connective costs as much as its cheapest child: that child often decides it alone (a
     * reference gate is refuted by "registered unemployed" before any registry is asked).
     */
    final int cost;
    /** Built once: a connective's description walks its whole tree. */
    private final String rule;
    private final String description;
    /** The node's explanation but for its outcome and children: a connective's whole node. */
    final Explanation.Template template;

    final int slot;

    Node(Condition condition, int cost, int slot) {
        this.condition = condition;
        this.cost = cost;
        this.slot = slot;
        this.rule = RULE_PREFIX + condition.kind().code();
        this.description = condition.describe();
        this.template = Explanation.builder(rule).description(description).template();
    }

    /** Evaluates the condition without building an explanation. */
    abstract boolean evaluate(Evaluation e);

    /** Evaluates the condition and explains it. */
    abstract Explanation build(Evaluation e);

    final boolean test(Evaluation e) {
        int known = e.memo[slot];
        if (known >>> 1 == e.stamp) {
            return (known & 1) != 0;
        }
        boolean holds = evaluate(e);
        e.memo[slot] = e.stamp << 1 | (holds ? 1 : 0);
        return holds;
    }

    final Explanation explain(Evaluation e) {
        Explanation known = e.explained[slot];
        if (known == null) {
            known = build(e);
            e.explained[slot] = known;
        }
        return known;
    }

    /**
     * Whether the batch should remember many explanations of this node made alike
     * ({@link Evaluation#rememberAlike}) rather than a few: true for a leaf whose keys repeat
     * across a large batch.
     */
    boolean remembersMany() {
        return false;
    }

    final Explanation.Builder start() {
        return Explanation.builder(rule).description(description);
    }

    /** {@code all}: short-circuits on the first failure, cheapest first. */
    static final class All extends Node {
        /** The children in the pack's order. */
        final Node[] inOrder;
        private final Node[] cheapestFirst;

        All(Condition condition, List<Node> children, int slot) {
            super(condition, cheapest(children), slot);
            this.inOrder = children.toArray(new Node[0]);
            this.cheapestFirst = byCost(children);
        }

        @Override
        boolean evaluate(Evaluation e) {
            for (Node child : cheapestFirst) {
                if (!child.test(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Explanation build(Evaluation e) {
            return connective(this, inOrder, e, true);
        }
    }

    /** {@code any}: short-circuits on the first success, cheapest first. */
    static final class Any extends Node {
        /** The children in the pack's order. */
        final Node[] inOrder;
        private final Node[] cheapestFirst;

        Any(Condition condition, List<Node> children, int slot) {
            super(condition, cheapest(children), slot);
            this.inOrder = children.toArray(new Node[0]);
            this.cheapestFirst = byCost(children);
        }

        @Override
        boolean evaluate(Evaluation e) {
            for (Node child : cheapestFirst) {
                if (child.test(e)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        Explanation build(Evaluation e) {
            return connective(this, inOrder, e, false);
        }
    }

    /** {@code not}. */
    static final class Negation extends Node {
        final Node child;

        Negation(Condition condition, Node child, int slot) {
            super(condition, child.cost, slot);
            this.child = child;
        }

        @Override
        boolean evaluate(Evaluation e) {
            return !child.test(e);
        }

        @Override
        Explanation build(Evaluation e) {
            Explanation x = child.explain(e);
            int id = e.idOf(child);
            if (id != 0) {
                int[] ks = e.idScratch(this, 1);
                ks[0] = id;
                Explanation known = e.alike(this, ks);
                return known != null ? known : e.rememberAlike(this, ks, negation(x));
            }
            return negation(x);
        }

        private Explanation negation(Explanation x) {
            return template.satisfied(x.outcome() != Explanation.Outcome.SATISFIED, List.of(x));
        }
    }

    /**
     * Explains {@code all} ({@code conjunction}) or {@code any} of {@code children}. When every
     * child's explanation is one made alike for others, so is this one: looked up by the
     * children's ids, so that people with the same facts share the whole sub-tree.
     */
    private static Explanation connective(Node node, Node[] children, Evaluation e, boolean conjunction) {
        int n = children.length;
        // The node's own scratch: a child's explanation uses its own, and no node is explained twice for a person.
        Explanation[] xs = e.scratch(node, n);
        int[] ks = e.idScratch(node, n);
        boolean shared = true;
        boolean holds = conjunction;
        for (int i = 0; i < n; i++) {
            Explanation x = children[i].explain(e);
            xs[i] = x;
            int id = e.idOf(children[i]);
            ks[i] = id;
            shared &= id != 0;
            boolean satisfied = x.outcome() == Explanation.Outcome.SATISFIED;
            holds = conjunction ? holds && satisfied : holds || satisfied;
        }
        if (!shared) {
            return make(node, xs, holds);
        }
        Explanation known = e.alike(node, ks);
        return known != null ? known : e.rememberAlike(node, ks, make(node, xs, holds));
    }

    private static Explanation make(Node node, Explanation[] xs, boolean holds) {
        // List.of copies the scratch array.
        return node.template.satisfied(holds, List.of(xs));
    }

    private static int cheapest(List<Node> children) {
        int least = Integer.MAX_VALUE;
        for (Node n : children) {
            least = Math.min(least, n.cost);
        }
        return least;
    }

    private static Node[] byCost(List<Node> children) {
        List<Node> sorted = new ArrayList<>(children);
        // Stable: children of equal cost keep the pack's order.
        sorted.sort(Comparator.comparingInt(n -> n.cost));
        return sorted.toArray(new Node[0]);
    }
}
