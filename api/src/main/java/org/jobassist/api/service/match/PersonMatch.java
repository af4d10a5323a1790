package org.jobassist.api.service.match;

import java.util.Comparator;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;

/**
 * A person proposed for a vacancy (人岗匹配, from the employer's side): the pair passed every
 * {@link MatchFilter}, with its score and the explanation of both (rule {@code service.match}).
 * The score is the same as the {@link VacancyMatch} of the same pair.
 *
 * <p>Ranked lists are in {@link #BEST_FIRST} order: higher score first, ties by person id, so
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
public record PersonMatch(PersonId person, String vacancyId, MatchScore score, long distanceMetres,
                           Explanation explanation) {

    /** Higher score first, then person id in ascending order. */
    public static final Comparator<PersonMatch> BEST_FIRST =
            Comparator.comparingInt((PersonMatch m) -> -m.score().total()).thenComparing(PersonMatch::person);

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException with code {@code match.distance} if the distance is negative
     * @throws NullPointerException if a field is null
     */
    public PersonMatch {
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
        return "PersonMatch[" + vacancyId + " <- " + person + ", " + score.total() + " points " + score + ", "
                + distanceMetres + " m]";
    }
}
