package org.jobassist.api.service.match;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.service.Vacancy;

/**
 * People's needs profiles, indexed once for ranking them against vacancies (求职者索引).
 *
 * <p>Implementations are immutable after they are built and thread-safe.
 */
public interface ProfileIndex {

    /**
     * How many profiles the index holds.
     *
     * @return the count
     */
    int size();

    /**
     * The best {@code k} people for a vacancy on a date: pairs passing every
     * {@link MatchFilter}, in {@link PersonMatch#BEST_FIRST} order, each with its explanation.
     *
     * @param vacancy the vacancy
     * @param asOf the date: the vacancy must be open on it, else the list is empty
     * @param k how many at most, at least 1
     * @return an unmodifiable list of at most {@code k} matches
     * @throws org.jobassist.api.error.InvalidInputException with code {@code match.k} if
     *     {@code k < 1}
     * @throws NullPointerException if an argument is null
     */
    List<PersonMatch> topFor(Vacancy vacancy, LocalDate asOf, int k);
}
