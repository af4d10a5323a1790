package org.jobassist.api.service.match;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.family.PersonId;

/**
 * The best matches of many people at once (批量匹配), such as every person of a city at the
 * start of an Employment Assistance Month. It holds the ranking compactly; a person's
 * {@link VacancyMatch}es, with their explanations, are made when asked for.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface MatchBatch {

    /**
     * The date matched on.
     *
     * @return the date
     */
    LocalDate asOf();

    /**
     * The most matches kept per person.
     *
     * @return k
     */
    int k();

    /**
     * The people matched, in ascending id order.
     *
     * @return an unmodifiable list
     */
    List<PersonId> people();

    /**
     * How many matches the batch holds in all.
     *
     * @return the sum over the people
     */
    long matchCount();

    /**
     * How many people got no match at all.
     *
     * @return the count
     */
    int peopleWithoutMatch();

    /**
     * The best scores of a person, in {@link VacancyMatch#BEST_FIRST} order, without building
     * explanations.
     *
     * @param person the person
     * @return the total points of each match; empty if the person has no match or was not in
     *     the batch
     * @throws NullPointerException if {@code person} is null
     */
    int[] scoresOf(PersonId person);

    /**
     * A person's matches, with their explanations, equal to what
     * {@link VacancyIndex#topFor} gives for the person on {@link #asOf()}.
     *
     * @param person the person
     * @return an unmodifiable list, empty if the person has no match or was not in the batch
     * @throws NullPointerException if {@code person} is null
     */
    List<VacancyMatch> matchesOf(PersonId person);
}
