package org.jobassist.impl.internal.match;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchFilter;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.MatchWeights;

/**
 * Scores one person against one vacancy, with the explanation. The indexes compute the same
 * points from columns; the small static functions here are the one definition both use, so
 * that an indexed ranking and a pair check can never disagree.
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchEvaluator {

    private final MatchWeights weights;
    private final int defaultMaxCommuteMetres;

    /**
     * An evaluator.
     *
     * @param weights the weights
     * @param defaultMaxCommuteMetres the commute limit of a person who states none
     */
    public MatchEvaluator(MatchWeights weights, int defaultMaxCommuteMetres) {
        this.weights = weights;
        this.defaultMaxCommuteMetres = defaultMaxCommuteMetres;
    }

    /**
     * The weights.
     *
     * @return the weights
     */
    public MatchWeights weights() {
        return weights;
    }

    /**
     * The commute limit of a person who states none.
     *
     * @return metres
     */
    public int defaultMaxCommuteMetres() {
        return defaultMaxCommuteMetres;
    }

    /**
     * The commute limit of a person: their own, else the default.
     *
     * @param profile the profile
     * @return metres
     */
    public int maxCommuteMetres(NeedsProfile profile) {
        return profile.constraints().maxCommuteMetres().orElse(defaultMaxCommuteMetres);
    }

    /**
     * Whether a county earns the district points: one the person prefers, or their home county
     * when they state no preference.
     *
     * @param profile the profile
     * @param district the vacancy's county
     * @return true if preferred
     */
    static boolean prefers(NeedsProfile profile, DivisionCode district) {
        Set<DivisionCode> preferred = profile.preferredDistricts();
        return preferred.isEmpty() ? profile.street().county().equals(district) : preferred.contains(district);
    }

    /**
     * The wage points: full when there is no expectation or the wage meets it, else in
     * proportion, rounded down. Exact integer arithmetic in fen.
     *
     * @param weight the wage weight
     * @param wageFen the vacancy's monthly wage in fen
     * @param expectedFen the expectation in fen, or a negative number for none
     * @return the points
     */
    static int wagePoints(int weight, long wageFen, long expectedFen) {
        if (expectedFen <= 0 || wageFen >= expectedFen) {
            return weight;
        }
        if (wageFen <= 0) {
            return 0;
        }
        long product;
        try {
            product = Math.multiplyExact(wageFen, (long) weight);
        } catch (ArithmeticException overflow) {
            return BigInteger.valueOf(wageFen).multiply(BigInteger.valueOf(weight))
                    .divide(BigInteger.valueOf(expectedFen)).intValueExact();
        }
        return (int) (product / expectedFen);
    }

    /**
     * The willingness points: full for a person willing to take a job, half (rounded down) for
     * one who wants flexible work only, else none.
     *
     * @param weight the willingness weight
     * @param willingness the person's stated willingness
     * @return the points
     */
    static int willingnessPoints(int weight, Set<Willingness> willingness) {
        if (willingness.contains(Willingness.JOB)) {
            return weight;
        }
        return willingness.contains(Willingness.FLEXIBLE_WORK) ? weight / 2 : 0;
    }

    /**
     * The expectation of a profile in fen, or -1 for none.
     *
     * @param profile the profile
     * @return fen or -1
     */
    static long expectedFen(NeedsProfile profile) {
        return profile.expectedMonthlyWage().map(Money::fen).orElse(-1L);
    }

    /**
     * Checks a pair and explains it.
     *
     * @param profile the person's profile
     * @param vacancy the vacancy
     * @param asOf the date
     * @return the check
     */
    public MatchCheck check(NeedsProfile profile, Vacancy vacancy, LocalDate asOf) {
        List<MatchFilter> failed = new ArrayList<>(2);
        List<Explanation> filterNodes = new ArrayList<>(MatchFilter.values().length);

        boolean open = vacancy.open().contains(asOf);
        filterNodes.add(filter(MatchFilter.CLOSED, open, failed, "the vacancy is open on the date",
                "open", vacancy.open().toString(), "asOf", asOf.toString()));

        Set<Skill> held = new TreeSet<>(profile.skills());
        held.addAll(profile.certificates());
        Set<Skill> missingSkills = new TreeSet<>(vacancy.requiredSkills());
        missingSkills.removeAll(held);
        filterNodes.add(filter(MatchFilter.SKILLS_MISSING, missingSkills.isEmpty(), failed,
                "the person holds every skill the vacancy requires (a certified skill counts)",
                "required", codes(vacancy.requiredSkills()), "missing", codes(missingSkills)));

        Set<Skill> missingCertificates = new TreeSet<>(vacancy.requiredCertificates());
        missingCertificates.removeAll(profile.certificates());
        filterNodes.add(filter(MatchFilter.CERTIFICATE_MISSING, missingCertificates.isEmpty(), failed,
                "the person holds every certificate the vacancy requires",
                "required", codes(vacancy.requiredCertificates()), "missing", codes(missingCertificates)));

        boolean needs = profile.constraints().needsAccommodation();
        filterNodes.add(filter(MatchFilter.ACCOMMODATION, !needs || vacancy.suitsDisabled(), failed,
                "a person who needs disability accommodation is proposed only posts that suit disabled people",
                "needsAccommodation", Boolean.toString(needs), "suitsDisabled",
                Boolean.toString(vacancy.suitsDisabled())));

        var maxHours = profile.constraints().maxDailyHours();
        filterNodes.add(filter(MatchFilter.HOURS,
                maxHours.isEmpty() || vacancy.dailyHours() <= maxHours.getAsInt(), failed,
                "the daily hours are within the person's limit",
                "dailyHours", Integer.toString(vacancy.dailyHours()), "maxDailyHours",
                maxHours.isPresent() ? Integer.toString(maxHours.getAsInt()) : "none"));

        boolean dayOnly = profile.constraints().dayShiftOnly();
        filterNodes.add(filter(MatchFilter.NIGHT_SHIFT, !dayOnly || !vacancy.nightShifts(), failed,
                "a person who works day shifts only is proposed no post with night shifts",
                "dayShiftOnly", Boolean.toString(dayOnly), "nightShifts", Boolean.toString(vacancy.nightShifts())));

        boolean eligible = profile.publicWelfarePostEligible();
        filterNodes.add(filter(MatchFilter.PUBLIC_WELFARE_POST_NOT_ELIGIBLE,
                !vacancy.publicWelfarePost() || eligible, failed,
                "public welfare posts (公益性岗位) go only to people of an eligible group",
                "publicWelfarePost", Boolean.toString(vacancy.publicWelfarePost()), "eligible",
                Boolean.toString(eligible)));

        long distance = profile.home().distanceMetresTo(vacancy.location());
        int limit = maxCommuteMetres(profile);
        filterNodes.add(filter(MatchFilter.TOO_FAR, distance <= limit, failed,
                "the vacancy is within the person's commute limit (the default limit when they state none)",
                "distanceMetres", Long.toString(distance), "maxCommuteMetres", Integer.toString(limit),
                "limitFrom", profile.constraints().maxCommuteMetres().isPresent() ? "person" : "default"));

        MatchScore score = score(profile, vacancy, vacancy.requiredSkills().size() - missingSkills.size());
        Explanation filters = Explanation.builder("service.match.filters")
                .description("the hard filters: every one must hold")
                .satisfied(failed.isEmpty()).children(filterNodes).build();
        Explanation root = Explanation.builder("service.match")
                .description("a vacancy proposed to a person: hard filters, then the score of the soft factors")
                .input("person", profile.person().value())
                .input("vacancy", vacancy.id())
                .input("asOf", asOf.toString())
                .satisfied(failed.isEmpty())
                .result(Integer.toString(score.total()))
                .child(filters)
                .child(explainScore(profile, vacancy, score, vacancy.requiredSkills().size() - missingSkills.size()))
                .build();
        return new MatchCheck(profile.person(), vacancy.id(), failed, score, distance, root);
    }

    /**
     * The score of a pair, with the number of required skills the person holds.
     *
     * @param profile the profile
     * @param vacancy the vacancy
     * @param shared the vacancy's required skills the person holds
     * @return the score
     */
    MatchScore score(NeedsProfile profile, Vacancy vacancy, int shared) {
        return new MatchScore(weights.skillsPoints(shared),
                prefers(profile, vacancy.district()) ? weights.district() : 0,
                wagePoints(weights.wage(), vacancy.monthlyWage().fen(), expectedFen(profile)),
                willingnessPoints(weights.willingness(), profile.willingness()));
    }

    private Explanation explainScore(NeedsProfile profile, Vacancy vacancy, MatchScore score, int shared) {
        Set<DivisionCode> preferred = profile.preferredDistricts();
        return Explanation.builder("service.match.score")
                .description("the sum of the points of the soft factors")
                .input("maximum", Integer.toString(weights.total()))
                .value(Integer.toString(score.total()))
                .child(Explanation.builder("service.match.score.skills")
                        .description("weight × min(shared, counted) / counted, rounded down")
                        .input("shared", Integer.toString(shared))
                        .input("counted", Integer.toString(weights.skillsCounted()))
                        .input("weight", Integer.toString(weights.skills()))
                        .value(Integer.toString(score.skills())).build())
                .child(Explanation.builder("service.match.score.district")
                        .description("the weight when the vacancy's county is preferred (the home county if none is stated)")
                        .input("district", vacancy.district().toString())
                        .input("preferred", preferred.isEmpty() ? "home county " + profile.street().county()
                                : new TreeSet<>(preferred).toString())
                        .input("weight", Integer.toString(weights.district()))
                        .value(Integer.toString(score.district())).build())
                .child(Explanation.builder("service.match.score.wage")
                        .description("the weight when the wage meets the expectation, else weight × wage / expected, rounded down")
                        .input("wage", vacancy.monthlyWage().toString())
                        .input("expected", profile.expectedMonthlyWage().map(Money::toString).orElse("none"))
                        .input("weight", Integer.toString(weights.wage()))
                        .value(Integer.toString(score.wage())).build())
                .child(Explanation.builder("service.match.score.willingness")
                        .description("the weight for a person willing to take a job, half for flexible work only")
                        .input("willingness", new TreeSet<>(profile.willingness()).toString())
                        .input("weight", Integer.toString(weights.willingness()))
                        .value(Integer.toString(score.willingness())).build())
                .build();
    }

    private static Explanation filter(MatchFilter filter, boolean holds, List<MatchFilter> failed, String description,
                                      String... inputs) {
        if (!holds) {
            failed.add(filter);
        }
        Explanation.Builder b = Explanation.builder(filter.rule()).description(description);
        for (int i = 0; i < inputs.length; i += 2) {
            b.input(inputs[i], inputs[i + 1]);
        }
        b.satisfied(holds);
        if (!holds) {
            b.result(filter.code());
        }
        return b.build();
    }

    private static String codes(Set<Skill> skills) {
        StringBuilder sb = new StringBuilder("[");
        String sep = "";
        for (Skill s : new TreeSet<>(skills)) {
            sb.append(sep).append(s.code());
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
