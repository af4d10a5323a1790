package org.jobassist.api.service.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;

/**
 * One person checked against one vacancy, answering "why (not)": the hard filters that failed
 * and the score the pair would have. The score is computed whether or not a filter failed, so
 * that "this post would rank high if it had no night shifts" can be said.
 *
 * <p>Error codes: {@code match.distance} (a negative distance), {@code match.failed-order}
 * (the failed filters are not distinct and in declaration order).
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person
 * @param vacancyId the vacancy's id
 * @param failed the filters that failed, distinct, in declaration order; empty when the pair matches
 * @param score the score of the soft factors
 * @param distanceMetres the distance from the person's home to the vacancy, in metres
 * @param explanation the filters and the points of each factor (rule {@code service.match})
 */
public record MatchCheck(PersonId person, String vacancyId, List<MatchFilter> failed, MatchScore score,
                         long distanceMetres, Explanation explanation) {

    /**
     * Checks and copies the fields.
     *
     * @throws InvalidInputException with the codes of this class
     * @throws NullPointerException if a field or a filter is null
     */
    public MatchCheck {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(vacancyId, "vacancyId");
        failed = List.copyOf(failed);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(explanation, "explanation");
        if (distanceMetres < 0) {
            throw new InvalidInputException(new Violation("distanceMetres", "match.distance",
                    "a distance cannot be negative"));
        }
        if (!List.copyOf(failed.isEmpty() ? EnumSet.noneOf(MatchFilter.class) : EnumSet.copyOf(failed))
                .equals(failed)) {
            throw new InvalidInputException(new Violation("failed", "match.failed-order",
                    "the failed filters are distinct and in declaration order"));
        }
    }

    /**
     * Whether the pair passed every filter.
     *
     * @return true when nothing failed
     */
    public boolean passed() {
        return failed.isEmpty();
    }

    /**
     * The reason codes of the failed filters, in order.
     *
     * @return an unmodifiable list such as {@code [match.too-far]}
     */
    public List<String> reasonCodes() {
        return failed.stream().map(MatchFilter::code).toList();
    }

    /**
     * The pair as a proposal to the person.
     *
     * @return the match
     * @throws IllegalStateException if a filter failed
     */
    public VacancyMatch toVacancyMatch() {
        if (!passed()) {
            throw new IllegalStateException("the pair failed " + reasonCodes());
        }
        return new VacancyMatch(person, vacancyId, score, distanceMetres, explanation);
    }

    /**
     * The pair as a proposal to the employer.
     *
     * @return the match
     * @throws IllegalStateException if a filter failed
     */
    public PersonMatch toPersonMatch() {
        if (!passed()) {
            throw new IllegalStateException("the pair failed " + reasonCodes());
        }
        return new PersonMatch(person, vacancyId, score, distanceMetres, explanation);
    }

    /**
     * The person, vacancy, failed codes and score.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MatchCheck[" + person + " / " + vacancyId + ", failed " + reasonCodes() + ", " + score.total()
                + " points " + score + ", " + distanceMetres + " m]";
    }
}
