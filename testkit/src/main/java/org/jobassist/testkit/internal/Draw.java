package org.jobassist.testkit.internal;

import java.util.List;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Single draws from a QuickTheories randomness source, shared by the generators of the test
 * kit. Each draw is one call to {@link RandomnessSource#next(Constraint)}, so QuickTheories
 * can shrink it towards the lower bound. Not part of the published API.
 */
public final class Draw {

    private Draw() {}

    /**
     * A whole number in {@code [min, max]}.
     *
     * @param in the source
     * @param min the lower bound, included
     * @param max the upper bound, included, not below {@code min}
     * @return the number
     */
    public static int between(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    /**
     * A whole number in {@code [min, max]}.
     *
     * @param in the source
     * @param min the lower bound, included
     * @param max the upper bound, included, not below {@code min}
     * @return the number
     */
    public static long between(RandomnessSource in, long min, long max) {
        return in.next(Constraint.between(min, max));
    }

    /**
     * One element of a non-empty list, shrinking towards the first.
     *
     * @param <T> the element type
     * @param in the source
     * @param values the list, not empty
     * @return an element
     */
    public static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    /**
     * One character of a non-empty string, shrinking towards the first.
     *
     * @param in the source
     * @param chars the characters to choose from
     * @return a character
     */
    public static char pick(RandomnessSource in, String chars) {
        return chars.charAt(between(in, 0, chars.length() - 1));
    }

    /**
     * True with probability {@code 1/n}.
     *
     * @param in the source
     * @param n how rare a true is, at least 1
     * @return the coin
     */
    public static boolean oneIn(RandomnessSource in, int n) {
        return between(in, 0, n - 1) == n - 1;
    }
}
