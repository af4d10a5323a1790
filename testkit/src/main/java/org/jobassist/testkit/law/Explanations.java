package org.jobassist.testkit.law;

import java.util.List;

import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of explanation trees (决定说明), for serialisation round trips and for code that
 * walks them ({@link Explanation#failedConditions()}, {@link Explanation#render()}): valid
 * rule ids, uniquely named inputs, every {@link Explanation.Outcome}, optional results, legal
 * bases from {@link LegalBases#legalBases()} and nested children.
 *
 * <p>Stateless and thread-safe.
 */
public final class Explanations {

    /** The default depth of {@link #explanations()}: a root and two levels of children. */
    public static final int DEFAULT_MAX_DEPTH = 3;

    /** The default number of children per node of {@link #explanations()}. */
    public static final int DEFAULT_MAX_CHILDREN = 3;

    private static final List<String> WORDS = List.of(
            "retirement", "statutory-month", "category", "near-retirement", "zero-employment", "family",
            "subsidy", "social-insurance", "minimum-wage", "age", "layoff-rate", "v2");
    private static final List<String> INPUT_NAMES = List.of(
            "birthMonth", "asOf", "retirementClass", "idNumber", "amount", "ratio", "division", "members",
            "months", "note");
    private static final List<String> VALUES = List.of(
            "2025-02", "60y3m", "MALE_60", "110105********002X", "1910.00", "2/3", "210115", "",
            "quote \" and backslash \\", "多行\n文本", "\uD840\uDC00");
    private static final List<String> DESCRIPTIONS = List.of(
            "", "within 5 years of statutory retirement", "距法定退休年龄5年以内", "a \"quoted\" word");
    private static final List<Explanation.Outcome> OUTCOMES = List.of(Explanation.Outcome.values());

    private Explanations() {}

    /**
     * Valid explanation trees up to {@value #DEFAULT_MAX_DEPTH} levels deep with up to
     * {@value #DEFAULT_MAX_CHILDREN} children per node.
     *
     * @return the generator
     */
    public static Gen<Explanation> explanations() {
        return explanations(DEFAULT_MAX_DEPTH, DEFAULT_MAX_CHILDREN);
    }

    /**
     * Valid explanation trees of at most {@code maxDepth} levels (1 is a single node) and
     * at most {@code maxChildren} children per node.
     *
     * @param maxDepth the largest depth, at least 1
     * @param maxChildren the largest number of children of a node, not negative
     * @return the generator
     * @throws IllegalArgumentException if {@code maxDepth} is below 1 or {@code maxChildren}
     *     is negative
     */
    public static Gen<Explanation> explanations(int maxDepth, int maxChildren) {
        if (maxDepth < 1 || maxChildren < 0) {
            throw new IllegalArgumentException("need maxDepth >= 1 and maxChildren >= 0, got " + maxDepth + " and "
                    + maxChildren);
        }
        Gen<LegalBasis> bases = LegalBases.legalBases();
        return in -> node(in, maxDepth, maxChildren, bases);
    }

    /**
     * Rule ids: one to three words joined by {@code .}, such as
     * {@code retirement.statutory-month}.
     *
     * @return the generator
     */
    public static Gen<String> ruleIds() {
        return Explanations::ruleId;
    }

    /**
     * The outcomes, equally likely.
     *
     * @return the generator
     */
    public static Gen<Explanation.Outcome> outcomes() {
        return Generate.pick(OUTCOMES);
    }

    private static String ruleId(RandomnessSource in) {
        StringBuilder rule = new StringBuilder(Draw.pick(in, WORDS));
        int more = Draw.between(in, 0, 2);
        for (int i = 0; i < more; i++) {
            rule.append('.').append(Draw.pick(in, WORDS));
        }
        return rule.toString();
    }

    private static Explanation node(RandomnessSource in, int depth, int maxChildren,
                                    Gen<LegalBasis> bases) {
        Explanation.Builder b = Explanation.builder(ruleId(in)).description(Draw.pick(in, DESCRIPTIONS));
        // Distinct names by construction: a run of consecutive names from a random offset.
        int inputs = Draw.between(in, 0, 3);
        int offset = Draw.between(in, 0, INPUT_NAMES.size() - 1);
        for (int i = 0; i < inputs; i++) {
            b.input(INPUT_NAMES.get((offset + i) % INPUT_NAMES.size()), Draw.pick(in, VALUES));
        }
        Explanation.Outcome outcome = Draw.pick(in, OUTCOMES);
        if (outcome == Explanation.Outcome.VALUE) {
            b.value(Draw.pick(in, VALUES));
        } else {
            b.outcome(outcome);
            if (Draw.oneIn(in, 4)) {
                b.result(Draw.pick(in, VALUES));
            }
        }
        int legalBases = Draw.between(in, 0, 2);
        for (int i = 0; i < legalBases; i++) {
            b.legalBasis(bases.generate(in));
        }
        if (depth > 1) {
            int children = Draw.between(in, 0, maxChildren);
            for (int i = 0; i < children; i++) {
                b.child(node(in, depth - 1, maxChildren, bases));
            }
        }
        return b.build();
    }
}
