package org.jobassist.impl.internal.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.service.Skill;

/**
 * Numbers the skills an index has to test, so that "holds every required skill" is a few
 * {@code long} operations: each set becomes {@link #words()} words of bits, stored flat at
 * {@code row × words}. A skill the index never numbered is one no row requires, so leaving it
 * out of a person's bits changes no test.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class SkillBits {

    private final Map<Skill, Integer> numbers;
    private final int words;

    /** Numbers the skills in code order, so that equal inputs give equal bits. */
    SkillBits(Set<Skill> skills) {
        this.numbers = new HashMap<>();
        for (Skill s : new TreeSet<>(skills)) {
            numbers.put(s, numbers.size());
        }
        this.words = Math.max(1, (numbers.size() + 63) / 64);
    }

    int words() {
        return words;
    }

    /** How many skills are numbered. */
    int size() {
        return numbers.size();
    }

    /** The number of a skill, or -1 if it is not numbered. */
    int number(Skill skill) {
        Integer n = numbers.get(skill);
        return n == null ? -1 : n;
    }

    /** Writes the bits of {@code skills} at {@code row} of {@code into}; unnumbered skills are left out. */
    void write(Set<Skill> skills, long[] into, int row) {
        int base = row * words;
        for (Skill s : skills) {
            Integer n = numbers.get(s);
            if (n != null) {
                into[base + (n >>> 6)] |= 1L << n;
            }
        }
    }

    /** The bits of {@code skills} alone. */
    long[] bits(Set<Skill> skills) {
        long[] bits = new long[words];
        write(skills, bits, 0);
        return bits;
    }

    /** Whether every bit of row {@code row} of {@code required} is in {@code held} (one person's words). */
    static boolean covers(long[] held, long[] required, int row, int words) {
        int base = row * words;
        for (int w = 0; w < words; w++) {
            if ((required[base + w] & ~held[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether every bit of {@code required} (one vacancy's words) is in row {@code row} of {@code held}. */
    static boolean coveredBy(long[] required, long[] held, int row, int words) {
        int base = row * words;
        for (int w = 0; w < words; w++) {
            if ((required[w] & ~held[base + w]) != 0) {
                return false;
            }
        }
        return true;
    }
}
