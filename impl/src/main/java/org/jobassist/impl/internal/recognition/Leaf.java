package org.jobassist.impl.internal.recognition;

import org.jobassist.api.category.Condition;
import org.jobassist.api.law.Explanation;

/**
 * A condition that reads facts. Equal leaves of one catalogue version share a memo slot, so
 * that a fact several categories read (registered unemployed, a registry flag) is looked up
 * once per person, on either path.
 */
abstract class Leaf extends Node {

    final int slot;

    Leaf(Condition condition, int cost, int slot) {
        super(condition, cost);
        this.slot = slot;
    }

    /** Evaluates the leaf without building an explanation. */
    abstract boolean compute(Evaluation e);

    /** Evaluates the leaf and explains it: inputs, outcome, legal bases. */
    abstract Explanation compute(Evaluation e, Explanation.Builder b);

    @Override
    final boolean test(Evaluation e) {
        byte known = e.memo[slot];
        if (known != Evaluation.UNKNOWN) {
            return known == Evaluation.TRUE;
        }
        boolean holds = compute(e);
        e.memo[slot] = holds ? Evaluation.TRUE : Evaluation.FALSE;
        return holds;
    }

    @Override
    final Explanation explain(Evaluation e) {
        Explanation known = e.explained[slot];
        if (known == null) {
            known = compute(e, start());
            e.explained[slot] = known;
        }
        return known;
    }
}
