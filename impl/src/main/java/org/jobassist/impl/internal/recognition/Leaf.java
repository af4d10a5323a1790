package org.jobassist.impl.internal.recognition;

import org.jobassist.api.category.Condition;
import org.jobassist.api.law.Explanation;

/**
 * A condition that reads facts: it explains itself, on a builder {@link Node#start()} starts
 * or, for a node most people explain differently, from a template made once.
 */
abstract class Leaf extends Node {

    Leaf(Condition condition, int cost, int slot) {
        super(condition, cost, slot);
    }

    /** Evaluates the leaf and explains it: inputs, outcome, legal bases. */
    abstract Explanation compute(Evaluation e);

    @Override
    Explanation build(Evaluation e) {
        return compute(e);
    }
}
