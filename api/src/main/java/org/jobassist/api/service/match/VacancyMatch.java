package org.jobassist.api.service.match;

import java.util.Comparator;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;

/**
 * A vacancy proposed to a person (岗位推荐): it passed every {@link MatchFilter}, with its
 * score and the explanation of both (rule {@code service.match}).
 *
 * <p>Ranked lists are in {@link #BEST_FIRST} order: higher score first, ties by vacancy id, so
 * equal inputs always give the same list.
 *
 * <p>Error code: {@code match.distance} (a negative distance).
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person
 * @param vacancyId the vacancy's id
 * @param score the score
 * @param distanceMetres the distance from the person's home to the vacancy, in metres
 * @param explanation the filters passed and the points of each factor
 */
public record VacancyMatch(PersonId person, String vacancyId, MatchScore score, long distanceMetres,
                           Explanation explanation) {

    /** Higher score first, then vacancy id in ascending order. */
    public static final Comparator<VacancyMatch> BEST_FIRST =
            Comparator.comparingInt((VacancyMatch m) -> -m.score().total()).thenComparing(VacancyMatch::vacancyId);

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException with code {@code match.distance} if the distance is negative
     * @throws NullPointerException if a field is null
     */
    public VacancyMatch {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
        if (distanceMetres < 0) {
            throw new InvalidInputException(new Violation("distanceMetres", "match.distance",
                    "a distance cannot be negative"));
        }
    }

    /**
     * The total score.
     *
     * @return the points
     */
    public int points() {
        return score.total();
    }

    /**
     * The person, vacancy, score and distance; the explanation's summary only.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "VacancyMatch[" + person + " <- " + vacancyId + ", " + score.total() + " points " + score + ", "
                + distanceMetres + " m]";
    }
}
