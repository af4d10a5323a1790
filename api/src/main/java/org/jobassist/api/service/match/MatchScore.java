package org.jobassist.api.service.match;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A match score (匹配得分) in whole points, factor by factor; see {@link MatchWeights} for how
 * each factor is earned. Integer points make equal inputs give equal scores on every machine.
 *
 * <p>Error code: {@code match.points} (a factor's points below zero; path the factor).
 *
 * <p>Immutable and thread-safe.
 *
 * @param skills the points of the skills overlap
 * @param district the points of the district preference
 * @param wage the points of the wage against the expectation
 * @param willingness the points of the stated willingness
 */
public record MatchScore(int skills, int district, int wage, int willingness) {

    /**
     * Checks the points.
     *
     * @throws InvalidInputException with code {@code match.points} for each negative factor
     */
    public MatchScore {
        List<Violation> faults = new ArrayList<>();
        points("skills", skills, faults);
        points("district", district, faults);
        points("wage", wage, faults);
        points("willingness", willingness, faults);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    private static void points(String path, int value, List<Violation> faults) {
        if (value < 0) {
            faults.add(new Violation(path, "match.points", "points cannot be negative"));
        }
    }

    /**
     * The score: the sum of the factors.
     *
     * @return the total points
     */
    public int total() {
        return skills + district + wage + willingness;
    }
}
