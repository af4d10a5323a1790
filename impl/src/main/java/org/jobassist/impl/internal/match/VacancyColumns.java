package org.jobassist.impl.internal.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.match.MatchBatch;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.service.match.VacancyMatch;

/**
 * The vacancy index: the vacancies as columns, sorted by grid cell (0.1° of latitude by 0.1°
 * of longitude) so that each row of cells a person's commute box covers is one contiguous
 * range found by two binary searches. Within the range, a row is rejected by the cheap
 * columns first (dates, box, skill and certificate bits, flags, hours), then scored from
 * columns; only a row that would enter the top {@code k} pays for the exact distance. The
 * {@code k} rows found are then checked and explained one by one by the {@link MatchEvaluator},
 * which must agree.
 *
 * <p>Ties are broken by the vacancy's position in id order ({@code rank}), so the ranking is
 * {@link VacancyMatch#BEST_FIRST} exactly.
 *
 * <p>Immutable after construction and thread-safe: every query keeps its state on its stack.
 */
public final class VacancyColumns implements VacancyIndex {

    static final int CELL = 100_000;
    private static final int CELL_OFFSET = 2_000;
    private static final int CELL_STRIDE = 4_096;

    static final int NIGHT = 1;
    static final int SUITS_DISABLED = 2;
    static final int PUBLIC_WELFARE_POST = 4;

    private final MatchEvaluator evaluator;
    private final Vacancy[] vacancies;
    private final int[] keys;
    private final int[] ranks;
    private final int[] lat;
    private final int[] lon;
    private final int[] openFrom;
    private final int[] openTo;
    private final SkillBits bits;
    private final int words;
    private final long[] requiredSkills;
    private final long[] requiredCertificates;
    private final int[] requiredCount;
    private final byte[] flags;
    private final int[] hours;
    private final long[] wageFen;
    private final DivisionCode[] districts;
    private final int[] district;

    /**
     * Indexes the vacancies.
     *
     * @param evaluator the evaluator, holding the weights and the default commute limit
     * @param all the vacancies
     * @throws InvalidInputException with code {@code match.duplicate-vacancy} if two vacancies
     *     share an id
     */
    public VacancyColumns(MatchEvaluator evaluator, Collection<Vacancy> all) {
        this.evaluator = evaluator;
        Vacancy[] byId = all.toArray(new Vacancy[0]);
        Arrays.sort(byId, Comparator.comparing(Vacancy::id));
        for (int i = 1; i < byId.length; i++) {
            if (byId[i].id().equals(byId[i - 1].id())) {
                throw new InvalidInputException(new Violation("vacancies[" + i + "]", "match.duplicate-vacancy",
                        "two vacancies share an id"));
            }
        }
        int n = byId.length;
        Integer[] order = new Integer[n];
        int[] keyById = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            Location loc = byId[i].location();
            keyById[i] = key(Math.floorDiv(loc.latitudeMicroDegrees(), CELL),
                    Math.floorDiv(loc.longitudeMicroDegrees(), CELL));
        }
        // Stable: within a cell the rows stay in id order.
        Arrays.sort(order, Comparator.comparingInt(i -> keyById[i]));
        Set<Skill> skills = new HashSet<>();
        Map<DivisionCode, Integer> districtNumbers = new HashMap<>();
        Set<DivisionCode> districtSet = new TreeSet<>();
        for (Vacancy v : byId) {
            skills.addAll(v.requiredSkills());
            skills.addAll(v.requiredCertificates());
            districtSet.add(v.district());
        }
        districts = districtSet.toArray(new DivisionCode[0]);
        for (int d = 0; d < districts.length; d++) {
            districtNumbers.put(districts[d], d);
        }
        bits = new SkillBits(skills);
        words = bits.words();
        vacancies = new Vacancy[n];
        keys = new int[n];
        ranks = new int[n];
        lat = new int[n];
        lon = new int[n];
        openFrom = new int[n];
        openTo = new int[n];
        requiredSkills = new long[n * words];
        requiredCertificates = new long[n * words];
        requiredCount = new int[n];
        flags = new byte[n];
        hours = new int[n];
        wageFen = new long[n];
        district = new int[n];
        for (int row = 0; row < n; row++) {
            int id = order[row];
            Vacancy v = byId[id];
            vacancies[row] = v;
            keys[row] = keyById[id];
            ranks[row] = id;
            lat[row] = v.location().latitudeMicroDegrees();
            lon[row] = v.location().longitudeMicroDegrees();
            openFrom[row] = (int) v.open().start().toEpochDay();
            openTo[row] = v.open().isOpenEnded() ? Integer.MAX_VALUE : (int) v.open().end().toEpochDay();
            bits.write(v.requiredSkills(), requiredSkills, row);
            bits.write(v.requiredCertificates(), requiredCertificates, row);
            requiredCount[row] = v.requiredSkills().size();
            flags[row] = (byte) ((v.nightShifts() ? NIGHT : 0) | (v.suitsDisabled() ? SUITS_DISABLED : 0)
                    | (v.publicWelfarePost() ? PUBLIC_WELFARE_POST : 0));
            hours[row] = v.dailyHours();
            wageFen[row] = v.monthlyWage().fen();
            district[row] = districtNumbers.get(v.district());
        }
    }

    private static int key(int latCell, int lonCell) {
        return (latCell + CELL_OFFSET) * CELL_STRIDE + lonCell + CELL_OFFSET;
    }

    @Override
    public int size() {
        return vacancies.length;
    }

    @Override
    public List<VacancyMatch> topFor(NeedsProfile profile, LocalDate asOf, int k) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(asOf, "asOf");
        checkK(k);
        TopK top = scan(profile, asOf, k);
        List<VacancyMatch> matches = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            matches.add(explain(profile, top.row(i), top.score(i), asOf));
        }
        return List.copyOf(matches);
    }

    /** The pair of a row, checked and explained; the scan's score must be the evaluator's. */
    VacancyMatch explain(NeedsProfile profile, int row, int score, LocalDate asOf) {
        MatchCheck check = evaluator.check(profile, vacancies[row], asOf);
        if (!check.passed() || check.score().total() != score) {
            throw new IllegalStateException("the index and the evaluator disagree on vacancy " + vacancies[row].id()
                    + ": " + check.reasonCodes() + ", " + check.score().total() + " against " + score);
        }
        return check.toVacancyMatch();
    }

    static void checkK(int k) {
        if (k < 1) {
            throw new InvalidInputException(new Violation("k", "match.k", "k is at least 1"));
        }
    }

    /**
     * The best rows for a person: the scan described in the class comment.
     *
     * @param profile the profile
     * @param asOf the date
     * @param k how many
     * @return the rows and their scores, best first
     */
    TopK scan(NeedsProfile profile, LocalDate asOf, int k) {
        TopK top = new TopK(k);
        int n = vacancies.length;
        if (n == 0) {
            return top;
        }
        long epochDay = asOf.toEpochDay();
        if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
            return top;
        }
        int day = (int) epochDay;
        Set<Skill> heldSkills = new HashSet<>(profile.skills());
        heldSkills.addAll(profile.certificates());
        long[] held = bits.bits(heldSkills);
        long[] certificates = bits.bits(profile.certificates());
        boolean needsAccommodation = profile.constraints().needsAccommodation();
        boolean dayShiftOnly = profile.constraints().dayShiftOnly();
        boolean eligible = profile.publicWelfarePostEligible();
        int maxHours = profile.constraints().maxDailyHours().orElse(Integer.MAX_VALUE);
        int limit = evaluator.maxCommuteMetres(profile);
        MatchWeights w = evaluator.weights();
        boolean[] preferred = new boolean[districts.length];
        for (int d = 0; d < districts.length; d++) {
            preferred[d] = MatchEvaluator.prefers(profile, districts[d]);
        }
        int districtPoints = w.district();
        int wageWeight = w.wage();
        long expected = MatchEvaluator.expectedFen(profile);
        int willingnessPoints = MatchEvaluator.willingnessPoints(w.willingness(), profile.willingness());
        int[] skillsPoints = new int[w.skillsCounted() + 1];
        for (int s = 0; s < skillsPoints.length; s++) {
            skillsPoints[s] = w.skillsPoints(s);
        }
        int counted = w.skillsCounted();

        Location home = profile.home();
        int homeLat = home.latitudeMicroDegrees();
        int homeLon = home.longitudeMicroDegrees();
        long latReach = Geo.latitudeReach(limit);
        long latLo = Math.max(-Geo.MAX_LATITUDE, homeLat - latReach);
        long latHi = Math.min(Geo.MAX_LATITUDE, homeLat + latReach);
        long lonReach = Geo.longitudeReach(limit, Math.max(Math.abs(latLo), Math.abs(latHi)));
        long lonLo = lonReach < 0 ? -Geo.MAX_LONGITUDE : homeLon - lonReach;
        long lonHi = lonReach < 0 ? Geo.MAX_LONGITUDE : homeLon + lonReach;
        if (lonLo < -Geo.MAX_LONGITUDE || lonHi > Geo.MAX_LONGITUDE) {
            lonLo = -Geo.MAX_LONGITUDE;
            lonHi = Geo.MAX_LONGITUDE;
        }
        int lonCellLo = (int) Math.floorDiv(lonLo, CELL);
        int lonCellHi = (int) Math.floorDiv(lonHi, CELL);
        int latCellHi = (int) Math.floorDiv(latHi, CELL);
        for (int latCell = (int) Math.floorDiv(latLo, CELL); latCell <= latCellHi; latCell++) {
            int from = lowerBound(key(latCell, lonCellLo));
            int to = lowerBound(key(latCell, lonCellHi) + 1);
            for (int row = from; row < to; row++) {
                if (day < openFrom[row] || day > openTo[row]) {
                    continue;
                }
                int la = lat[row];
                int lo = lon[row];
                if (la < latLo || la > latHi || lo < lonLo || lo > lonHi) {
                    continue;
                }
                if (!SkillBits.covers(held, requiredSkills, row, words)
                        || !SkillBits.covers(certificates, requiredCertificates, row, words)) {
                    continue;
                }
                int f = flags[row];
                if (needsAccommodation && (f & SUITS_DISABLED) == 0 || dayShiftOnly && (f & NIGHT) != 0
                        || !eligible && (f & PUBLIC_WELFARE_POST) != 0 || hours[row] > maxHours) {
                    continue;
                }
                int score = skillsPoints[Math.min(requiredCount[row], counted)]
                        + (preferred[district[row]] ? districtPoints : 0)
                        + MatchEvaluator.wagePoints(wageWeight, wageFen[row], expected) + willingnessPoints;
                if (!top.admits(score, ranks[row])) {
                    continue;
                }
                if (home.distanceMetresTo(vacancies[row].location()) > limit) {
                    continue;
                }
                top.offer(score, ranks[row], row);
            }
        }
        return top;
    }

    private int lowerBound(int key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public MatchBatch batch(Collection<NeedsProfile> profiles, LocalDate asOf, int k) {
        Objects.requireNonNull(asOf, "asOf");
        checkK(k);
        NeedsProfile[] people = profiles.toArray(new NeedsProfile[0]);
        for (NeedsProfile p : people) {
            Objects.requireNonNull(p, "profile");
        }
        Arrays.sort(people, Comparator.comparing(NeedsProfile::person));
        for (int i = 1; i < people.length; i++) {
            if (people[i].person().equals(people[i - 1].person())) {
                throw new InvalidInputException(new Violation("profiles[" + i + "]", "match.duplicate-person",
                        "a batch takes one profile per person"));
            }
        }
        int n = people.length;
        int[] counts = new int[n];
        int[] rows = new int[n * k];
        int[] scores = new int[n * k];
        // Each person writes only its own slots, so the parallel loop needs no lock.
        IntStream.range(0, n).parallel().forEach(i -> {
            TopK top = scan(people[i], asOf, k);
            counts[i] = top.size();
            for (int j = 0; j < top.size(); j++) {
                rows[i * k + j] = top.row(j);
                scores[i * k + j] = top.score(j);
            }
        });
        return new Batch(this, asOf, k, people, counts, rows, scores);
    }

    /** The batch: the ranking as flat arrays, explained on demand. */
    private static final class Batch implements MatchBatch {
        private final VacancyColumns index;
        private final LocalDate asOf;
        private final int k;
        private final NeedsProfile[] people;
        private final PersonId[] ids;
        private final int[] counts;
        private final int[] rows;
        private final int[] scores;
        private final long matchCount;
        private final int withoutMatch;

        Batch(VacancyColumns index, LocalDate asOf, int k, NeedsProfile[] people, int[] counts, int[] rows,
              int[] scores) {
            this.index = index;
            this.asOf = asOf;
            this.k = k;
            this.people = people;
            this.ids = new PersonId[people.length];
            for (int i = 0; i < people.length; i++) {
                ids[i] = people[i].person();
            }
            this.counts = counts;
            this.rows = rows;
            this.scores = scores;
            long total = 0;
            int none = 0;
            for (int c : counts) {
                total += c;
                none += c == 0 ? 1 : 0;
            }
            this.matchCount = total;
            this.withoutMatch = none;
        }

        @Override
        public LocalDate asOf() {
            return asOf;
        }

        @Override
        public int k() {
            return k;
        }

        @Override
        public List<PersonId> people() {
            return List.of(ids);
        }

        @Override
        public long matchCount() {
            return matchCount;
        }

        @Override
        public int peopleWithoutMatch() {
            return withoutMatch;
        }

        private int find(PersonId person) {
            return Arrays.binarySearch(ids, Objects.requireNonNull(person, "person"));
        }

        @Override
        public int[] scoresOf(PersonId person) {
            int i = find(person);
            return i < 0 ? new int[0] : Arrays.copyOfRange(scores, i * k, i * k + counts[i]);
        }

        @Override
        public List<VacancyMatch> matchesOf(PersonId person) {
            int i = find(person);
            if (i < 0) {
                return List.of();
            }
            List<VacancyMatch> matches = new ArrayList<>(counts[i]);
            for (int j = 0; j < counts[i]; j++) {
                matches.add(index.explain(people[i], rows[i * k + j], scores[i * k + j], asOf));
            }
            return List.copyOf(matches);
        }

        @Override
        public String toString() {
            return "MatchBatch[" + asOf + ", k=" + k + ", " + ids.length + " people, " + matchCount + " matches, "
                    + withoutMatch + " without]";
        }
    }

    @Override
    public String toString() {
        return "VacancyIndex[" + vacancies.length + " vacancies, " + districts.length + " districts, " + words * 64
                + " skill bits]";
    }
}
