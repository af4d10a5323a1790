package org.jobassist.testkit.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * A year of employment outcomes across the 14 cities, deterministic from a seed, with
 * controllable lagging cities:
 *
 * <pre>{@code
 * List<EmploymentOutcome> year = Outcomes.year(2021)
 *         .lagging(Set.of(DivisionCode.of("210900")), Ratio.of(7, 10))
 *         .throughMonth(10)
 *         .toList();
 * }</pre>
 *
 * <p>Each city gets ⌊target × pace × multiple⌋ outcomes for the year (pace 1 unless lagging),
 * spread so that the cumulative count at the end of month m is ⌈n × m / 12⌉: a city at pace 1
 * is never behind the linear curve, and a city at pace p &lt; 1 falls behind as soon as
 * (1 − p) × target × m / 12 reaches one outcome. Channels are drawn in the news item's
 * proportions (12,085 : 42,217 : 5,753), and categories so that 2,296 in 60,055 are
 * zero-employment family members and 3,236 in 60,055 poverty-alleviated workers; everyone else
 * holds one of the other catalogue categories. Every outcome has its own person.
 *
 * <p>Specs are immutable and thread-safe; each call generates afresh.
 */
public final class Outcomes {

    /** The news item's channel counts, in {@link Channel} order. */
    public static final List<Integer> NEWS_ITEM_CHANNEL_COUNTS = List.of(12_085, 42_217, 5_753);
    /** The news item's channel total. */
    public static final int NEWS_ITEM_CHANNEL_TOTAL = 60_055;
    /** The news item's zero-employment family members. */
    public static final int NEWS_ITEM_ZERO_EMPLOYMENT = 2_296;
    /** The news item's poverty-alleviated workers. */
    public static final int NEWS_ITEM_POVERTY_ALLEVIATED = 3_236;

    private static final Set<String> ZERO_EMPLOYMENT = Set.of("ZERO_EMPLOYMENT_FAMILY_MEMBER");
    private static final Set<String> POVERTY = Set.of("POVERTY_ALLEVIATED_KEY_COUNTY");
    private static final List<Set<String>> OTHERS = List.of(Set.of("NEAR_RETIREMENT"), Set.of("DISABLED"),
            Set.of("URBAN_MINIMUM_LIVING_ALLOWANCE"), Set.of("SINGLE_PARENT_OF_MINOR"),
            Set.of("NEAR_RETIREMENT", "DISABLED"));
    private static final Channel[] CHANNELS = Channel.values();

    private Outcomes() {}

    /**
     * Outcomes of {@code year} against {@link TargetPlans#illustrative(int)}, every city at
     * pace 1, the whole year, seed {@code 20211109}.
     *
     * @param year the year
     * @return the spec
     */
    public static Spec year(int year) {
        return new Spec(TargetPlans.illustrative(year), Map.of(), Ratio.ONE, 12, 1, 20211109L);
    }

    /**
     * Specs over {@code plan} with a random set of lagging cities (each with probability 1/3)
     * at a random pace from 0 to 0.99, the others at 1 to 1.3, through a random month, with
     * a random seed; for property tests. Keep the plan's targets small (see
     * {@link TargetPlans#uniform(int, int)}).
     *
     * @param plan the plan
     * @return the generator
     */
    public static Gen<Spec> specs(TargetPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return in -> {
            Map<DivisionCode, Ratio> lagging = new HashMap<>();
            for (DivisionCode city : plan.cityTargets().keySet()) {
                if (Draw.oneIn(in, 3)) {
                    lagging.put(city, Ratio.of(Draw.between(in, 0, 99), 100));
                }
            }
            return new Spec(plan, lagging, Ratio.of(Draw.between(in, 100, 130), 100), Draw.between(in, 1, 12), 1,
                    Draw.between(in, Long.MIN_VALUE, Long.MAX_VALUE));
        };
    }

    /**
     * One recognition record per outcome's person, recognised on 15 December of the year
     * before in the outcome's categories, next review a year later: what
     * {@code Assessments.record} needs to accept the outcomes.
     *
     * @param outcomes the outcomes
     * @return an unmodifiable list, one record per distinct person
     */
    public static List<RecognitionRecord> recognitions(List<EmploymentOutcome> outcomes) {
        Map<PersonId, RecognitionRecord> records = new HashMap<>();
        for (EmploymentOutcome o : outcomes) {
            int year = o.date().getYear();
            records.computeIfAbsent(o.person(), p -> RecognitionRecord.applied(p, LocalDate.of(year - 1, 12, 1))
                    .recognised(LocalDate.of(year - 1, 12, 15), "liaoning-2021",
                            o.categories().isEmpty() ? Set.of("DISABLED") : o.categories(),
                            LocalDate.of(year, 12, 15)));
        }
        return List.copyOf(records.values());
    }

    /** What to generate. Immutable and thread-safe. */
    public static final class Spec {
        private final TargetPlan plan;
        private final Map<DivisionCode, Ratio> lagging;
        private final Ratio pace;
        private final int throughMonth;
        private final int multiple;
        private final long seed;

        private Spec(TargetPlan plan, Map<DivisionCode, Ratio> lagging, Ratio pace, int throughMonth, int multiple,
                long seed) {
            this.plan = plan;
            this.lagging = Map.copyOf(lagging);
            this.pace = pace;
            this.throughMonth = throughMonth;
            this.multiple = multiple;
            this.seed = seed;
        }

        /**
         * Against another plan (of any year; outcomes are dated in the plan's year).
         *
         * @param newPlan the plan
         * @return a new spec
         */
        public Spec plan(TargetPlan newPlan) {
            return new Spec(Objects.requireNonNull(newPlan, "plan"), lagging, pace, throughMonth, multiple, seed);
        }

        /**
         * With {@code cities} at {@code cityPace} of their target for the year.
         *
         * @param cities the lagging cities
         * @param cityPace their pace, 0 to 1
         * @return a new spec
         * @throws IllegalArgumentException if the pace is negative
         */
        public Spec lagging(Set<DivisionCode> cities, Ratio cityPace) {
            Objects.requireNonNull(cities, "cities");
            checkPace(cityPace);
            Map<DivisionCode, Ratio> map = new HashMap<>(lagging);
            cities.forEach(c -> map.put(Objects.requireNonNull(c, "city"), cityPace));
            return new Spec(plan, map, pace, throughMonth, multiple, seed);
        }

        /**
         * With the cities that are not lagging at {@code newPace} (1 unless set).
         *
         * @param newPace the pace, not negative
         * @return a new spec
         * @throws IllegalArgumentException if the pace is negative
         */
        public Spec pace(Ratio newPace) {
            checkPace(newPace);
            return new Spec(plan, lagging, newPace, throughMonth, multiple, seed);
        }

        /**
         * Only the outcomes dated up to the end of {@code month}.
         *
         * @param month 1 to 12
         * @return a new spec
         * @throws IllegalArgumentException if the month is out of range
         */
        public Spec throughMonth(int month) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month must be 1 to 12");
            }
            return new Spec(plan, lagging, pace, month, multiple, seed);
        }

        /**
         * Every city's count multiplied by {@code factor}, for load tests: 167 times the
         * illustrative plan is about ten million outcomes.
         *
         * @param factor at least 1
         * @return a new spec
         * @throws IllegalArgumentException if {@code factor} is below 1
         */
        public Spec multiple(int factor) {
            if (factor < 1) {
                throw new IllegalArgumentException("factor must be at least 1");
            }
            return new Spec(plan, lagging, pace, throughMonth, factor, seed);
        }

        /**
         * With another seed for channels, categories and the order within a month.
         *
         * @param newSeed the seed
         * @return a new spec
         */
        public Spec seed(long newSeed) {
            return new Spec(plan, lagging, pace, throughMonth, multiple, newSeed);
        }

        /**
         * The plan.
         *
         * @return the plan
         */
        public TargetPlan plan() {
            return plan;
        }

        /**
         * The pace of a city.
         *
         * @param city the city
         * @return its pace
         */
        public Ratio paceOf(DivisionCode city) {
            return lagging.getOrDefault(city, pace);
        }

        /**
         * The lagging cities.
         *
         * @return an unmodifiable set
         */
        public Set<DivisionCode> laggingCities() {
            return Collections.unmodifiableSet(new HashSet<>(lagging.keySet()));
        }

        /**
         * The last month generated.
         *
         * @return 1 to 12
         */
        public int throughMonth() {
            return throughMonth;
        }

        /**
         * The number of outcomes a city gets for the whole year: ⌊target × pace × multiple⌋.
         *
         * @param city the city
         * @return the count
         */
        public int yearCount(DivisionCode city) {
            Ratio r = Ratio.of((long) plan.targetOf(city) * multiple).times(paceOf(city));
            return r.numerator().divide(r.denominator()).intValueExact();
        }

        /**
         * The cumulative count of a city at the end of {@code month}: ⌈yearCount × month / 12⌉.
         *
         * @param city the city
         * @param month 0 to 12
         * @return the count
         */
        public int cumulativeCount(DivisionCode city, int month) {
            long n = (long) yearCount(city) * month;
            return (int) ((n + 11) / 12);
        }

        /**
         * How many outcomes {@link #toList()} returns.
         *
         * @return the count
         */
        public long size() {
            long sum = 0;
            for (DivisionCode city : plan.cityTargets().keySet()) {
                sum += cumulativeCount(city, throughMonth);
            }
            return sum;
        }

        /**
         * The outcomes, city by city in table order, each city's in date order.
         *
         * @return an unmodifiable list
         */
        public List<EmploymentOutcome> toList() {
            List<EmploymentOutcome> all = new ArrayList<>(Math.toIntExact(size()));
            forEachBatch(1 << 16, all::addAll);
            return Collections.unmodifiableList(all);
        }

        /**
         * The outcomes in batches of at most {@code batchSize}, without holding them all.
         *
         * @param batchSize the largest batch
         * @param consumer receives each batch (an unmodifiable list)
         * @throws IllegalArgumentException if {@code batchSize} is below 1
         */
        public void forEachBatch(int batchSize, Consumer<List<EmploymentOutcome>> consumer) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1");
            }
            Objects.requireNonNull(consumer, "consumer");
            SplittableRandom random = new SplittableRandom(seed);
            List<EmploymentOutcome> batch = new ArrayList<>(batchSize);
            int year = plan.year();
            for (DivisionCode city : plan.cityTargets().keySet()) {
                int seq = 0;
                for (int m = 1; m <= throughMonth; m++) {
                    int inMonth = cumulativeCount(city, m) - cumulativeCount(city, m - 1);
                    int length = YearMonth.of(year, m).lengthOfMonth();
                    for (int j = 0; j < inMonth; j++, seq++) {
                        LocalDate date = LocalDate.of(year, m, 1 + (int) ((long) j * length / inMonth));
                        batch.add(outcome(random, year, city, seq, date));
                        if (batch.size() == batchSize) {
                            consumer.accept(Collections.unmodifiableList(batch));
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
            }
            if (!batch.isEmpty()) {
                consumer.accept(Collections.unmodifiableList(batch));
            }
        }

        private static EmploymentOutcome outcome(SplittableRandom random, int year, DivisionCode city, int seq,
                LocalDate date) {
            int c = random.nextInt(NEWS_ITEM_CHANNEL_TOTAL);
            Channel channel = c < NEWS_ITEM_CHANNEL_COUNTS.get(0) ? CHANNELS[0]
                    : c < NEWS_ITEM_CHANNEL_COUNTS.get(0) + NEWS_ITEM_CHANNEL_COUNTS.get(1) ? CHANNELS[1] : CHANNELS[2];
            int k = random.nextInt(NEWS_ITEM_CHANNEL_TOTAL);
            Set<String> categories = k < NEWS_ITEM_ZERO_EMPLOYMENT ? ZERO_EMPLOYMENT
                    : k < NEWS_ITEM_ZERO_EMPLOYMENT + NEWS_ITEM_POVERTY_ALLEVIATED ? POVERTY
                    : OTHERS.get(random.nextInt(OTHERS.size()));
            String key = year + "-" + city.code() + "-" + seq;
            return EmploymentOutcome.builder().id("O" + key).person(PersonId.of("P" + key)).city(city).date(date)
                    .channel(channel).categories(categories).build();
        }

        @Override
        public String toString() {
            return "Outcomes.Spec[" + plan.year() + ", lagging " + lagging + ", pace " + pace + ", through month "
                    + throughMonth + ", multiple " + multiple + ", seed " + seed + "]";
        }

        private static void checkPace(Ratio p) {
            if (Objects.requireNonNull(p, "pace").signum() < 0) {
                throw new IllegalArgumentException("a pace is not negative");
            }
        }
    }
}
