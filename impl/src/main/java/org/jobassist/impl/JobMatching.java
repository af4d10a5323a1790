package org.jobassist.impl;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.ProfileIndex;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.impl.internal.match.MatchEvaluator;
import org.jobassist.impl.internal.match.ProfileColumns;
import org.jobassist.impl.internal.match.VacancyColumns;

/**
 * Job matching (人岗匹配): ranks vacancies for a person and people for a vacancy by a
 * documented, explainable score.
 *
 * <p>A pair first passes the hard filters of {@link org.jobassist.api.service.match.MatchFilter}
 * (open on the date, required skills and certificates held, disability accommodation, daily
 * hours, night shifts, public welfare posts only for eligible people, within the commute
 * limit); then it earns whole points for four soft factors weighted by {@link MatchWeights}
 * (skills overlap, district preference, wage against expectation, stated willingness). Equal
 * inputs give equal scores, and ties are broken by vacancy id (or person id), so rankings are
 * deterministic. Every match carries its {@link org.jobassist.api.law.Explanation} (rule
 * {@code service.match}).
 *
 * <p>Index the open vacancies once ({@link #index(Collection)}, or {@link #index(VacancyStore,
 * LocalDate)}), then ask it for each person; index profiles ({@link #profiles}) to rank people
 * for a vacancy; {@link #check} explains one pair, failed or not.
 *
 * <p>Error codes: {@code match.commute} (a negative default commute limit, from
 * {@link #of(MatchWeights, int)}), the codes of {@link MatchWeights#of} when the pack's weights
 * are out of range, and those of the indexes ({@code match.k}, {@code match.duplicate-vacancy},
 * {@code match.duplicate-person}).
 *
 * <p>Immutable and thread-safe.
 */
public final class JobMatching {

    private final MatchEvaluator evaluator;

    private JobMatching(MatchEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Matching with the weights and default commute limit of a pack ({@code service.match.*})
     * in force in a jurisdiction on a date.
     *
     * @param pack the policy pack
     * @param jurisdiction the jurisdiction, such as the city matched in
     * @param date the date the values are read for
     * @return the matching
     * @throws InvalidInputException with the codes of {@link MatchWeights#of} if the pack's
     *     values are out of range
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has no value
     *     of a {@code service.match.*} key there and then
     * @throws NullPointerException if an argument is null
     */
    public static JobMatching of(PolicyPack pack, DivisionCode jurisdiction, LocalDate date) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        MatchWeights weights = MatchWeights.of(
                pack.resolve(PolicyKeys.SERVICE_MATCH_WEIGHT_SKILLS, jurisdiction, date).value(),
                pack.resolve(PolicyKeys.SERVICE_MATCH_WEIGHT_DISTRICT, jurisdiction, date).value(),
                pack.resolve(PolicyKeys.SERVICE_MATCH_WEIGHT_WAGE, jurisdiction, date).value(),
                pack.resolve(PolicyKeys.SERVICE_MATCH_WEIGHT_WILLINGNESS, jurisdiction, date).value(),
                pack.resolve(PolicyKeys.SERVICE_MATCH_SKILLS_COUNTED, jurisdiction, date).value());
        return of(weights, pack.resolve(PolicyKeys.SERVICE_MATCH_DEFAULT_MAX_COMMUTE_METRES, jurisdiction, date).value());
    }

    /**
     * Matching with explicit weights.
     *
     * @param weights the weights
     * @param defaultMaxCommuteMetres the commute limit of a person whose profile states none
     * @return the matching
     * @throws InvalidInputException with code {@code match.commute} if the limit is negative
     * @throws NullPointerException if {@code weights} is null
     */
    public static JobMatching of(MatchWeights weights, int defaultMaxCommuteMetres) {
        Objects.requireNonNull(weights, "weights");
        if (defaultMaxCommuteMetres < 0) {
            throw new InvalidInputException(new Violation("defaultMaxCommuteMetres", "match.commute",
                    "a commute limit cannot be negative"));
        }
        return new JobMatching(new MatchEvaluator(weights, defaultMaxCommuteMetres));
    }

    /**
     * The weights.
     *
     * @return the weights
     */
    public MatchWeights weights() {
        return evaluator.weights();
    }

    /**
     * The commute limit of a person whose profile states none.
     *
     * @return metres
     */
    public int defaultMaxCommuteMetres() {
        return evaluator.defaultMaxCommuteMetres();
    }

    /**
     * Checks one person against one vacancy: the filters that fail (answering "why not") and
     * the score, with the explanation. A pair that passes is exactly what the indexes rank.
     *
     * @param profile the person's needs profile
     * @param vacancy the vacancy
     * @param asOf the date
     * @return the check
     * @throws NullPointerException if an argument is null
     */
    public MatchCheck check(NeedsProfile profile, Vacancy vacancy, LocalDate asOf) {
        return evaluator.check(Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(vacancy, "vacancy"),
                Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Indexes vacancies for ranking people against them. The index keeps every vacancy and
     * tests the dates at query time, so one index serves the days its vacancies are open.
     *
     * @param vacancies the vacancies
     * @return the index
     * @throws InvalidInputException with code {@code match.duplicate-vacancy} if two share an id
     * @throws NullPointerException if the collection or an element is null
     */
    public VacancyIndex index(Collection<Vacancy> vacancies) {
        return new VacancyColumns(evaluator, List.copyOf(vacancies));
    }

    /**
     * Indexes the vacancies a store holds open on a date.
     *
     * @param store the vacancy store
     * @param date the date
     * @return the index
     * @throws org.jobassist.api.spi.StorageException if the store fails
     * @throws NullPointerException if an argument is null
     */
    public VacancyIndex index(VacancyStore store, LocalDate date) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(date, "date");
        List<Vacancy> open;
        try (var stream = store.openOn(date)) {
            open = stream.collect(Collectors.toList());
        }
        return new VacancyColumns(evaluator, open);
    }

    /**
     * Indexes needs profiles for ranking them against vacancies.
     *
     * @param profiles the profiles, one per person
     * @return the index
     * @throws InvalidInputException with code {@code match.duplicate-person} if two profiles
     *     are of one person
     * @throws NullPointerException if the collection or an element is null
     */
    public ProfileIndex profiles(Collection<NeedsProfile> profiles) {
        return new ProfileColumns(evaluator, List.copyOf(profiles));
    }

    /**
     * The weights and default commute limit.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "JobMatching[" + evaluator.weights() + ", default commute " + evaluator.defaultMaxCommuteMetres()
                + " m]";
    }
}
