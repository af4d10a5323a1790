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
 * The vacancy index: the vacancies as columns, grouped into buckets that bound the score, so
 * that a query reads few rows beyond the ones it returns.
 *
 * <p>A bucket holds the vacancies of one county ({@code district}) requiring the same number
 * of skills (capped at the weights' {@code skillsCounted}, which is all the skills points read)
 * and having the same lowest-numbered required skill (none for no requirement). A person can
 * pass the skills filter only in the buckets of no requirement and of a skill they hold, and a
 * bucket's best score is known before it is read: the skills points of its count, the district
 * points if the person prefers its county, the wage points of its highest wage and the
 * person's willingness points. The query visits the buckets in descending order of that bound
 * and stops when no bucket left can beat the {@code k}-th match; within a bucket, rows are in
 * vacancy id order, so a bucket whose bound only equals the {@code k}-th score stops at the
 * first id after the {@code k}-th's. A bucket wholly outside the person's commute box is
 * skipped. Inside a bucket a row is rejected by the cheap columns (dates, box, skill and
 * certificate bits, flags, hours) first; only a row that would enter the top {@code k} pays
 * for the exact distance. The {@code k} rows found are then checked and explained one by one
 * by the {@link MatchEvaluator}, which must agree.
 *
 * <p>Ties are broken by the vacancy's position in id order ({@code rank}), so the ranking is
 * {@link VacancyMatch#BEST_FIRST} exactly.
 *
 * <p>Immutable after construction and thread-safe: every query keeps its state on its stack.
 */
public final class VacancyColumns implements VacancyIndex {

    static final int NIGHT = 1;
    static final int SUITS_DISABLED = 2;
    static final int PUBLIC_WELFARE_POST = 4;
    private static final int FLAG_CLASSES = 8;

    private final MatchEvaluator evaluator;
    private final Vacancy[] vacancies;
    private final int[] ranks;
    private final int[] lat;
    private final int[] lon;
    private final int[] openFrom;
    private final int[] openTo;
    private final SkillBits bits;
    private final int words;
    private final long[] requiredSkills;
    private final long[] requiredCertificates;
    private final byte[] flags;
    private final int[] hours;
    private final long[] wageFen;
    private final DivisionCode[] districts;
    private final int skillSlots;
    /**
     * Bucket keys, ascending: {@code ((count × skillSlots + firstSkill + 1) × 8 + flags) × districts
     * + district}, where {@code flags} are the vacancy's night-shift, suits-disabled and
     * public-welfare-post bits: a person skips the flag classes a hard filter excludes.
     */
    private final long[] bucketKey;
    private final int[] bucketStart;
    private final int[] bucketEnd;
    private final int[] bucketCount;
    private final int[] bucketMinHours;
    private final int[] bucketDistrict;
    private final long[] bucketMaxWage;
    private final int[] bucketLatMin;
    private final int[] bucketLatMax;
    private final int[] bucketLonMin;
    private final int[] bucketLonMax;

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
        Set<Skill> skills = new HashSet<>();
        Set<DivisionCode> districtSet = new TreeSet<>();
        for (Vacancy v : byId) {
            skills.addAll(v.requiredSkills());
            skills.addAll(v.requiredCertificates());
            districtSet.add(v.district());
        }
        districts = districtSet.toArray(new DivisionCode[0]);
        Map<DivisionCode, Integer> districtNumbers = new HashMap<>();
        for (int d = 0; d < districts.length; d++) {
            districtNumbers.put(districts[d], d);
        }
        bits = new SkillBits(skills);
        words = bits.words();
        skillSlots = bits.size() + 1;
        int counted = evaluator.weights().skillsCounted();
        long[] keyById = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            Vacancy v = byId[i];
            int first = -1;
            for (Skill s : v.requiredSkills()) {
                int number = bits.number(s);
                first = first < 0 ? number : Math.min(first, number);
            }
            keyById[i] = bucketKey(Math.min(v.requiredSkills().size(), counted), first, flagsOf(v),
                    districtNumbers.get(v.district()));
        }
        // Stable: within a bucket the rows stay in id order.
        Arrays.sort(order, Comparator.comparingLong(i -> keyById[i]));
        vacancies = new Vacancy[n];
        ranks = new int[n];
        lat = new int[n];
        lon = new int[n];
        openFrom = new int[n];
        openTo = new int[n];
        requiredSkills = new long[n * words];
        requiredCertificates = new long[n * words];
        flags = new byte[n];
        hours = new int[n];
        wageFen = new long[n];
        int buckets = 0;
        for (int row = 0; row < n; row++) {
            if (row == 0 || keyById[order[row]] != keyById[order[row - 1]]) {
                buckets++;
            }
        }
        bucketKey = new long[buckets];
        bucketStart = new int[buckets];
        bucketEnd = new int[buckets];
        bucketCount = new int[buckets];
        bucketMinHours = new int[buckets];
        bucketDistrict = new int[buckets];
        bucketMaxWage = new long[buckets];
        bucketLatMin = new int[buckets];
        bucketLatMax = new int[buckets];
        bucketLonMin = new int[buckets];
        bucketLonMax = new int[buckets];
        int b = -1;
        for (int row = 0; row < n; row++) {
            int id = order[row];
            Vacancy v = byId[id];
            vacancies[row] = v;
            ranks[row] = id;
            lat[row] = v.location().latitudeMicroDegrees();
            lon[row] = v.location().longitudeMicroDegrees();
            openFrom[row] = (int) v.open().start().toEpochDay();
            openTo[row] = v.open().isOpenEnded() ? Integer.MAX_VALUE : (int) v.open().end().toEpochDay();
            bits.write(v.requiredSkills(), requiredSkills, row);
            bits.write(v.requiredCertificates(), requiredCertificates, row);
            flags[row] = (byte) flagsOf(v);
            hours[row] = v.dailyHours();
            wageFen[row] = v.monthlyWage().fen();
            if (b < 0 || keyById[id] != bucketKey[b]) {
                b++;
                long key = keyById[id];
                bucketKey[b] = key;
                bucketStart[b] = row;
                bucketDistrict[b] = (int) (key % districts.length);
                bucketCount[b] = (int) (key / districts.length / FLAG_CLASSES / skillSlots);
                bucketMinHours[b] = Integer.MAX_VALUE;
                bucketMaxWage[b] = Long.MIN_VALUE;
                bucketLatMin[b] = Integer.MAX_VALUE;
                bucketLatMax[b] = Integer.MIN_VALUE;
                bucketLonMin[b] = Integer.MAX_VALUE;
                bucketLonMax[b] = Integer.MIN_VALUE;
            }
            bucketEnd[b] = row + 1;
            bucketMinHours[b] = Math.min(bucketMinHours[b], hours[row]);
            bucketMaxWage[b] = Math.max(bucketMaxWage[b], wageFen[row]);
            bucketLatMin[b] = Math.min(bucketLatMin[b], lat[row]);
            bucketLatMax[b] = Math.max(bucketLatMax[b], lat[row]);
            bucketLonMin[b] = Math.min(bucketLonMin[b], lon[row]);
            bucketLonMax[b] = Math.max(bucketLonMax[b], lon[row]);
        }
    }

    private long bucketKey(int count, int firstSkill, int flagClass, int district) {
        return (((long) count * skillSlots + firstSkill + 1) * FLAG_CLASSES + flagClass) * districts.length + district;
    }

    private static int flagsOf(Vacancy v) {
        return (v.nightShifts() ? NIGHT : 0) | (v.suitsDisabled() ? SUITS_DISABLED : 0)
                | (v.publicWelfarePost() ? PUBLIC_WELFARE_POST : 0);
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
        long epochDay = asOf.toEpochDay();
        if (vacancies.length == 0 || epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
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
        int districtWeight = w.district();
        int wageWeight = w.wage();
        long expected = MatchEvaluator.expectedFen(profile);
        int willingnessPoints = MatchEvaluator.willingnessPoints(w.willingness(), profile.willingness());

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
            // The box crosses the antimeridian, where distances wrap: every longitude.
            lonLo = -Geo.MAX_LONGITUDE;
            lonHi = Geo.MAX_LONGITUDE;
        }

        // The buckets the person can pass the skills filter in, with their bounds.
        int[] firsts = new int[heldSkills.size() + 1];
        int f = 0;
        firsts[f++] = -1;
        for (Skill s : heldSkills) {
            int number = bits.number(s);
            if (number >= 0) {
                firsts[f++] = number;
            }
        }
        int[] flagClasses = new int[FLAG_CLASSES];
        int classes = 0;
        for (int fc = 0; fc < FLAG_CLASSES; fc++) {
            if (!(needsAccommodation && (fc & SUITS_DISABLED) == 0 || dayShiftOnly && (fc & NIGHT) != 0
                    || !eligible && (fc & PUBLIC_WELFARE_POST) != 0)) {
                flagClasses[classes++] = fc;
            }
        }
        int maxCount = Math.min(heldSkills.size(), w.skillsCounted());
        long[] candidates = new long[Math.min(bucketKey.length, 64)];
        int c = 0;
        // Each run of buckets differing only in district starts at a key with district 0.
        long[] runs = new long[(maxCount * (f - 1) + 1) * classes];
        int r = 0;
        for (int count = 0; count <= maxCount; count++) {
            for (int i = count == 0 ? 0 : 1; i < (count == 0 ? 1 : f); i++) {
                for (int fc = 0; fc < classes; fc++) {
                    runs[r++] = bucketKey(count, firsts[i], flagClasses[fc], 0);
                }
            }
        }
        for (int i = 0; i < r; i++) {
            long from = runs[i];
            for (int b = lowerBound(from); b < bucketKey.length && bucketKey[b] < from + districts.length; b++) {
                if (bucketMinHours[b] > maxHours || bucketLatMax[b] < latLo || bucketLatMin[b] > latHi
                        || bucketLonMax[b] < lonLo || bucketLonMin[b] > lonHi) {
                    continue;
                }
                int bound = w.skillsPoints(bucketCount[b])
                        + (MatchEvaluator.prefers(profile, districts[bucketDistrict[b]]) ? districtWeight : 0)
                        + MatchEvaluator.wagePoints(wageWeight, bucketMaxWage[b], expected) + willingnessPoints;
                if (c == candidates.length) {
                    candidates = Arrays.copyOf(candidates, c * 2);
                }
                // Highest bound first; the bucket number breaks ties for a stable order.
                candidates[c++] = ((long) (Integer.MAX_VALUE - bound) << 32) | b;
            }
        }
        Arrays.sort(candidates, 0, c);
        for (int i = 0; i < c; i++) {
            int bound = Integer.MAX_VALUE - (int) (candidates[i] >>> 32);
            int b = (int) candidates[i];
            if (!top.admits(bound, -1)) {
                break;
            }
            int skillsPoints = w.skillsPoints(bucketCount[b]);
            int districtPoints = MatchEvaluator.prefers(profile, districts[bucketDistrict[b]]) ? districtWeight : 0;
            for (int row = bucketStart[b], end = bucketEnd[b]; row < end; row++) {
                if (!top.admits(bound, ranks[row])) {
                    // Rows are in id order: none further in the bucket can enter.
                    break;
                }
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
                int fl = flags[row];
                if (needsAccommodation && (fl & SUITS_DISABLED) == 0 || dayShiftOnly && (fl & NIGHT) != 0
                        || !eligible && (fl & PUBLIC_WELFARE_POST) != 0 || hours[row] > maxHours) {
                    continue;
                }
                int score = skillsPoints + districtPoints
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

    private int lowerBound(long key) {
        int lo = 0;
        int hi = bucketKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bucketKey[mid] < key) {
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
        return "VacancyIndex[" + vacancies.length + " vacancies, " + districts.length + " districts, "
                + bucketKey.length + " buckets, " + words * 64 + " skill bits]";
    }
}
