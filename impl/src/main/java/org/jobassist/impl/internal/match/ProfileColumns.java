package org.jobassist.impl.internal.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.ProfileIndex;

/**
 * The profile index: people's needs profiles as columns in person id order. A vacancy is
 * ranked against every row in one pass (a city's 100,000 rows take well under a millisecond):
 * the rows outside the latitude band of the longest commute limit are skipped first, then the
 * cheap columns reject, the score is summed from columns, and only a row that would enter the
 * top {@code k} pays for the exact distance. The rows found are checked and explained by the
 * {@link MatchEvaluator}, which must agree.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class ProfileColumns implements ProfileIndex {

    private static final int NEEDS_ACCOMMODATION = 1;
    private static final int DAY_SHIFT_ONLY = 2;
    private static final int ELIGIBLE = 4;

    private final MatchEvaluator evaluator;
    private final NeedsProfile[] profiles;
    private final SkillBits bits;
    private final int words;
    private final long[] held;
    private final long[] certificates;
    private final byte[] flags;
    private final int[] maxHours;
    private final int[] limit;
    private final int[] lat;
    private final long[] expectedFen;
    private final int[] willingnessPoints;
    private final int longestLimit;

    /**
     * Indexes the profiles.
     *
     * @param evaluator the evaluator
     * @param all the profiles, one per person
     * @throws InvalidInputException with code {@code match.duplicate-person} if two profiles
     *     are of one person
     */
    public ProfileColumns(MatchEvaluator evaluator, Collection<NeedsProfile> all) {
        this.evaluator = evaluator;
        profiles = all.toArray(new NeedsProfile[0]);
        Arrays.sort(profiles, Comparator.comparing(NeedsProfile::person));
        Set<Skill> skills = new HashSet<>();
        for (int i = 0; i < profiles.length; i++) {
            if (i > 0 && profiles[i].person().equals(profiles[i - 1].person())) {
                throw new InvalidInputException(new Violation("profiles[" + i + "]", "match.duplicate-person",
                        "an index takes one profile per person"));
            }
            skills.addAll(profiles[i].skills());
            skills.addAll(profiles[i].certificates());
        }
        int n = profiles.length;
        bits = new SkillBits(skills);
        words = bits.words();
        held = new long[n * words];
        certificates = new long[n * words];
        flags = new byte[n];
        maxHours = new int[n];
        limit = new int[n];
        lat = new int[n];
        expectedFen = new long[n];
        willingnessPoints = new int[n];
        int longest = 0;
        MatchWeights w = evaluator.weights();
        for (int row = 0; row < n; row++) {
            NeedsProfile p = profiles[row];
            bits.write(p.skills(), held, row);
            bits.write(p.certificates(), held, row);
            bits.write(p.certificates(), certificates, row);
            flags[row] = (byte) ((p.constraints().needsAccommodation() ? NEEDS_ACCOMMODATION : 0)
                    | (p.constraints().dayShiftOnly() ? DAY_SHIFT_ONLY : 0)
                    | (p.publicWelfarePostEligible() ? ELIGIBLE : 0));
            maxHours[row] = p.constraints().maxDailyHours().orElse(Integer.MAX_VALUE);
            limit[row] = evaluator.maxCommuteMetres(p);
            longest = Math.max(longest, limit[row]);
            lat[row] = p.home().latitudeMicroDegrees();
            expectedFen[row] = MatchEvaluator.expectedFen(p);
            willingnessPoints[row] = MatchEvaluator.willingnessPoints(w.willingness(), p.willingness());
        }
        longestLimit = longest;
    }

    @Override
    public int size() {
        return profiles.length;
    }

    @Override
    public List<PersonMatch> topFor(Vacancy vacancy, LocalDate asOf, int k) {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(asOf, "asOf");
        VacancyColumns.checkK(k);
        if (!vacancy.open().contains(asOf) || profiles.length == 0) {
            return List.of();
        }
        long[] required = bits.bits(vacancy.requiredSkills());
        long[] requiredCertificates = bits.bits(vacancy.requiredCertificates());
        if (bitCount(required) != vacancy.requiredSkills().size()
                || bitCount(requiredCertificates) != vacancy.requiredCertificates().size()) {
            // A requirement nobody in the index holds: no row can pass.
            return List.of();
        }
        MatchWeights w = evaluator.weights();
        int skillsPoints = w.skillsPoints(vacancy.requiredSkills().size());
        int hours = vacancy.dailyHours();
        boolean night = vacancy.nightShifts();
        boolean suits = vacancy.suitsDisabled();
        boolean post = vacancy.publicWelfarePost();
        long wage = vacancy.monthlyWage().fen();
        int vacancyLat = vacancy.location().latitudeMicroDegrees();
        long reach = Geo.latitudeReach(longestLimit);
        TopK top = new TopK(k);
        for (int row = 0; row < profiles.length; row++) {
            if (Math.abs((long) lat[row] - vacancyLat) > reach) {
                continue;
            }
            int f = flags[row];
            if (!suits && (f & NEEDS_ACCOMMODATION) != 0 || night && (f & DAY_SHIFT_ONLY) != 0
                    || post && (f & ELIGIBLE) == 0 || hours > maxHours[row]
                    || !SkillBits.coveredBy(required, held, row, words)
                    || !SkillBits.coveredBy(requiredCertificates, certificates, row, words)) {
                continue;
            }
            int score = skillsPoints + (MatchEvaluator.prefers(profiles[row], vacancy.district()) ? w.district() : 0)
                    + MatchEvaluator.wagePoints(w.wage(), wage, expectedFen[row]) + willingnessPoints[row];
            if (!top.admits(score, row)) {
                continue;
            }
            if (profiles[row].home().distanceMetresTo(vacancy.location()) > limit[row]) {
                continue;
            }
            top.offer(score, row, row);
        }
        List<PersonMatch> matches = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            NeedsProfile p = profiles[top.row(i)];
            MatchCheck check = evaluator.check(p, vacancy, asOf);
            if (!check.passed() || check.score().total() != top.score(i)) {
                throw new IllegalStateException("the index and the evaluator disagree on vacancy " + vacancy.id()
                        + ": " + check.reasonCodes() + ", " + check.score().total() + " against " + top.score(i));
            }
            matches.add(check.toPersonMatch());
        }
        return List.copyOf(matches);
    }

    private static int bitCount(long[] words) {
        int c = 0;
        for (long w : words) {
            c += Long.bitCount(w);
        }
        return c;
    }

    @Override
    public String toString() {
        return "ProfileIndex[" + profiles.length + " profiles, " + words * 64 + " skill bits]";
    }
}
