package org.jobassist.api.service.match;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jobassist.api.service.NeedsProfile;

/**
 * The open vacancies, indexed once for ranking many people against them (岗位索引): by place,
 * by the skills and certificates they require, with the columns the hard filters read.
 *
 * <p>Implementations are immutable after they are built and thread-safe: many threads may
 * query one index at once.
 */
public interface VacancyIndex {

    /**
     * How many vacancies the index holds.
     *
     * @return the count
     */
    int size();

    /**
     * The best {@code k} vacancies for a person on a date: those passing every
     * {@link MatchFilter}, in {@link VacancyMatch#BEST_FIRST} order, each with its explanation.
     * The list is the first {@code k} of all passing vacancies sorted that way.
     *
     * @param profile the person's needs profile
     * @param asOf the date: a vacancy must be open on it
     * @param k how many at most, at least 1
     * @return an unmodifiable list of at most {@code k} matches
     * @throws org.jobassist.api.error.InvalidInputException with code {@code match.k} if
     *     {@code k < 1}
     * @throws NullPointerException if an argument is null
     */
    List<VacancyMatch> topFor(NeedsProfile profile, LocalDate asOf, int k);

    /**
     * The best {@code k} vacancies of every person in {@code profiles}, as {@link #topFor} would
     * give them one by one; the explanations are built when a person's matches are read.
     *
     * @param profiles the people's needs profiles, one per person
     * @param asOf the date
     * @param k how many at most per person, at least 1
     * @return the batch
     * @throws org.jobassist.api.error.InvalidInputException with code {@code match.k} if
     *     {@code k < 1}, or {@code match.duplicate-person} if two profiles are of one person
     * @throws NullPointerException if an argument or a profile is null
     */
    MatchBatch batch(Collection<NeedsProfile> profiles, LocalDate asOf, int k);
}
