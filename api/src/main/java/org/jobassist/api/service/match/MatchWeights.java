package org.jobassist.api.service.match;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The weights of the soft factors of a match score (匹配权重), in whole points: each factor
 * earns at most its weight, so a score runs from 0 to {@link #total()}.
 *
 * <ul>
 *   <li>{@code skills}: earned in full when the vacancy requires at least {@code skillsCounted}
 *       of the skills the person holds, in proportion below that (rounded down);</li>
 *   <li>{@code district}: earned when the vacancy's county is one the person prefers, or the
 *       person's home county when they state no preference;</li>
 *   <li>{@code wage}: earned in full when the wage meets the person's expectation (or they state
 *       none), in proportion to wage over expectation below it (rounded down);</li>
 *   <li>{@code willingness}: earned in full when the person is willing to take a job, half
 *       (rounded down) when they want flexible work only, nothing otherwise.</li>
 * </ul>
 *
 * <p>The Liaoning pack's defaults ({@code service.match.weight.*}) are {@link #DEFAULT}.
 *
 * <p>Error codes of {@link #of}, all reported at once: {@code match.weight} (a weight below
 * zero or above {@value #MAX_WEIGHT}; path the factor), {@code match.skills-counted}
 * ({@code skillsCounted} below 1 or above {@value #MAX_WEIGHT}).
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchWeights {

    /** The largest weight of one factor: scores stay far from {@code int} overflow. */
    public static final int MAX_WEIGHT = 10_000;

    /** The defaults of the Liaoning pack: skills 40, district 20, wage 25, willingness 15; 3 skills counted. */
    public static final MatchWeights DEFAULT = new MatchWeights(40, 20, 25, 15, 3);

    private final int skills;
    private final int district;
    private final int wage;
    private final int willingness;
    private final int skillsCounted;

    private MatchWeights(int skills, int district, int wage, int willingness, int skillsCounted) {
        this.skills = skills;
        this.district = district;
        this.wage = wage;
        this.willingness = willingness;
        this.skillsCounted = skillsCounted;
    }

    /**
     * Weights from their points.
     *
     * @param skills the points of the skills overlap
     * @param district the points of the district preference
     * @param wage the points of the wage against the expectation
     * @param willingness the points of the stated willingness
     * @param skillsCounted how many required skills held by the person earn the full skills points
     * @return the weights
     * @throws InvalidInputException with the codes of this class
     */
    public static MatchWeights of(int skills, int district, int wage, int willingness, int skillsCounted) {
        List<Violation> faults = new ArrayList<>();
        weight("skills", skills, faults);
        weight("district", district, faults);
        weight("wage", wage, faults);
        weight("willingness", willingness, faults);
        if (skillsCounted < 1 || skillsCounted > MAX_WEIGHT) {
            faults.add(new Violation("skillsCounted", "match.skills-counted",
                    "the number of skills counted is 1 to " + MAX_WEIGHT));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new MatchWeights(skills, district, wage, willingness, skillsCounted);
    }

    private static void weight(String path, int value, List<Violation> faults) {
        if (value < 0 || value > MAX_WEIGHT) {
            faults.add(new Violation(path, "match.weight", "a weight is 0 to " + MAX_WEIGHT + " points"));
        }
    }

    /**
     * The points of the skills overlap.
     *
     * @return the weight
     */
    public int skills() {
        return skills;
    }

    /**
     * The points of the district preference.
     *
     * @return the weight
     */
    public int district() {
        return district;
    }

    /**
     * The points of the wage against the expectation.
     *
     * @return the weight
     */
    public int wage() {
        return wage;
    }

    /**
     * The points of the stated willingness.
     *
     * @return the weight
     */
    public int willingness() {
        return willingness;
    }

    /**
     * How many required skills held by the person earn the full skills points.
     *
     * @return at least 1
     */
    public int skillsCounted() {
        return skillsCounted;
    }

    /**
     * The highest score: the sum of the weights.
     *
     * @return the sum
     */
    public int total() {
        return skills + district + wage + willingness;
    }

    /**
     * The skills points for a number of required skills the person holds.
     *
     * @param shared the number of the vacancy's required skills the person holds, not negative
     * @return {@code skills × min(shared, skillsCounted) / skillsCounted}, rounded down
     * @throws IllegalArgumentException if {@code shared} is negative
     */
    public int skillsPoints(int shared) {
        if (shared < 0) {
            throw new IllegalArgumentException("shared < 0");
        }
        return skills * Math.min(shared, skillsCounted) / skillsCounted;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchWeights w && skills == w.skills && district == w.district && wage == w.wage
                && willingness == w.willingness && skillsCounted == w.skillsCounted;
    }

    @Override
    public int hashCode() {
        return (((skills * 31 + district) * 31 + wage) * 31 + willingness) * 31 + skillsCounted;
    }

    /**
     * The weights and the skills counted.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MatchWeights[skills=" + skills + ", district=" + district + ", wage=" + wage + ", willingness="
                + willingness + ", skillsCounted=" + skillsCounted + "]";
    }
}
