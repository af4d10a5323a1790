package org.jobassist.api.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;

/**
 * A province's yearly target plan (目标任务): the province target, each city's target, the
 * schedule curve, how outcomes count, the status tolerance, when reminders escalate, and the
 * declared category subsets whose shares the monthly report shows.
 *
 * <p>The split of the province target across the cities is not public, so a plan carries a
 * label saying where its split comes from (for example "illustrative split, not the official
 * one"). The city targets need not sum to the province target; {@link #citiesSumToProvince()}
 * says whether they do.
 *
 * <p>Status: a city is {@link ProgressStatus#BEHIND} when it achieved less than
 * target × curve(m) − tolerance × target, {@link ProgressStatus#AHEAD} when more than
 * target × curve(m) + tolerance × target, else {@link ProgressStatus#ON_SCHEDULE}. The default
 * tolerance is zero (an assumption: no Liaoning rule was found).
 *
 * <p>Error codes of {@link Builder#build()}: {@code target-plan.year} (before 2000 or after
 * 2100), {@code target-plan.province} (not a province in {@link Divisions#builtIn()}),
 * {@code target-plan.negative-target} (a negative province or city target),
 * {@code target-plan.cities} (the city targets are not exactly the province's cities),
 * {@code target-plan.tolerance} (a tolerance below 0 or above 1),
 * {@code target-plan.escalate-after} (escalation after fewer than 1 or more than 12 months),
 * {@code target-plan.label} (a blank label), {@code target-plan.subset-name} (two subsets with
 * one name).
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetPlan {

    /** The default number of consecutive months behind after which a reminder escalates. */
    public static final int DEFAULT_ESCALATE_AFTER_MONTHS = 3;

    private final int year;
    private final DivisionCode province;
    private final int provinceTarget;
    private final Map<DivisionCode, Integer> cityTargets;
    private final ScheduleCurve curve;
    private final CountRule countRule;
    private final Ratio tolerance;
    private final int escalateAfterMonths;
    private final String label;
    private final ShareBase channelShareBase;
    private final List<CategorySubset> subsets;

    private TargetPlan(Builder b, Map<DivisionCode, Integer> cityTargets) {
        this.year = b.year;
        this.province = b.province;
        this.provinceTarget = b.provinceTarget;
        this.cityTargets = Collections.unmodifiableMap(cityTargets);
        this.curve = b.curve;
        this.countRule = b.countRule;
        this.tolerance = b.tolerance;
        this.escalateAfterMonths = b.escalateAfterMonths;
        this.label = b.label;
        this.channelShareBase = b.channelShareBase;
        this.subsets = List.copyOf(b.subsets);
    }

    /**
     * A builder for a plan of {@code year}.
     *
     * @param year the plan year
     * @return a new builder with the defaults: province Liaoning, linear curve, once per person
     *     per year, tolerance zero, escalation after {@value #DEFAULT_ESCALATE_AFTER_MONTHS}
     *     months, channel shares against the channel total, no subsets
     */
    public static Builder builder(int year) {
        return new Builder(year);
    }

    /**
     * The plan year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The province.
     *
     * @return the province code
     */
    public DivisionCode province() {
        return province;
    }

    /**
     * The province target: people to help into work in the year.
     *
     * @return the target, not negative
     */
    public int provinceTarget() {
        return provinceTarget;
    }

    /**
     * The city targets, in the order of {@link Divisions#cities()}.
     *
     * @return an unmodifiable map over exactly the province's cities
     */
    public Map<DivisionCode, Integer> cityTargets() {
        return cityTargets;
    }

    /**
     * The target of one city.
     *
     * @param city the city
     * @return its target
     * @throws InvalidInputException with code {@code target-plan.cities} if the city is not in
     *     the plan
     * @throws NullPointerException if {@code city} is null
     */
    public int targetOf(DivisionCode city) {
        Integer target = cityTargets.get(Objects.requireNonNull(city, "city"));
        if (target == null) {
            throw new InvalidInputException(Violation.of("target-plan.cities", "the city is not in the plan"));
        }
        return target;
    }

    /**
     * Whether the city targets sum to the province target.
     *
     * @return true if they do
     */
    public boolean citiesSumToProvince() {
        long sum = 0;
        for (int t : cityTargets.values()) {
            sum += t;
        }
        return sum == provinceTarget;
    }

    /**
     * The schedule curve.
     *
     * @return the curve
     */
    public ScheduleCurve curve() {
        return curve;
    }

    /**
     * How outcomes count towards the target.
     *
     * @return the count rule
     */
    public CountRule countRule() {
        return countRule;
    }

    /**
     * The status tolerance, as a fraction of the target.
     *
     * @return the tolerance, 0 to 1
     */
    public Ratio tolerance() {
        return tolerance;
    }

    /**
     * After how many consecutive months behind a reminder escalates.
     *
     * @return the months, 1 to 12
     */
    public int escalateAfterMonths() {
        return escalateAfterMonths;
    }

    /**
     * Where the plan's figures come from, such as "illustrative split, not the official one".
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The denominator of the channel shares.
     *
     * @return the base, {@link ShareBase#CHANNEL_TOTAL} by default
     */
    public ShareBase channelShareBase() {
        return channelShareBase;
    }

    /**
     * The declared category subsets, in declaration order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<CategorySubset> subsets() {
        return subsets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetPlan p && year == p.year && province.equals(p.province)
                && provinceTarget == p.provinceTarget && cityTargets.equals(p.cityTargets) && curve.equals(p.curve)
                && countRule == p.countRule && tolerance.equals(p.tolerance)
                && escalateAfterMonths == p.escalateAfterMonths && label.equals(p.label)
                && channelShareBase == p.channelShareBase && subsets.equals(p.subsets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, province, provinceTarget, cityTargets, curve, countRule, tolerance,
                escalateAfterMonths, label, channelShareBase, subsets);
    }

    /** {@return a summary: year, province, target, label} */
    @Override
    public String toString() {
        return "TargetPlan[" + year + ", " + province + ", target " + provinceTarget + ", " + cityTargets.size()
                + " cities, " + curve + ", " + countRule + ", \"" + label + "\"]";
    }

    /** Builds a {@link TargetPlan}; not thread-safe. */
    public static final class Builder {
        private final int year;
        private DivisionCode province = DivisionCode.LIAONING;
        private int provinceTarget;
        private final Map<DivisionCode, Integer> cityTargets = new LinkedHashMap<>();
        private ScheduleCurve curve = ScheduleCurve.linear();
        private CountRule countRule = CountRule.ONCE_PER_PERSON_PER_YEAR;
        private Ratio tolerance = Ratio.ZERO;
        private int escalateAfterMonths = DEFAULT_ESCALATE_AFTER_MONTHS;
        private String label = "";
        private ShareBase channelShareBase = ShareBase.CHANNEL_TOTAL;
        private final List<CategorySubset> subsets = new ArrayList<>();

        private Builder(int year) {
            this.year = year;
        }

        /**
         * Sets the province.
         *
         * @param province the province code
         * @return this builder
         * @throws NullPointerException if {@code province} is null
         */
        public Builder province(DivisionCode province) {
            this.province = Objects.requireNonNull(province, "province");
            return this;
        }

        /**
         * Sets the province target.
         *
         * @param target the target
         * @return this builder
         */
        public Builder provinceTarget(int target) {
            this.provinceTarget = target;
            return this;
        }

        /**
         * Sets one city's target.
         *
         * @param city the city
         * @param target the target
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         */
        public Builder cityTarget(DivisionCode city, int target) {
            cityTargets.put(Objects.requireNonNull(city, "city"), target);
            return this;
        }

        /**
         * Sets every city's target.
         *
         * @param targets the targets by city
         * @return this builder
         * @throws NullPointerException if the map, a key or a value is null
         */
        public Builder cityTargets(Map<DivisionCode, Integer> targets) {
            Objects.requireNonNull(targets, "targets").forEach((c, t) -> cityTarget(c, Objects.requireNonNull(t, "target")));
            return this;
        }

        /**
         * Sets the schedule curve.
         *
         * @param curve the curve
         * @return this builder
         * @throws NullPointerException if {@code curve} is null
         */
        public Builder curve(ScheduleCurve curve) {
            this.curve = Objects.requireNonNull(curve, "curve");
            return this;
        }

        /**
         * Sets the count rule.
         *
         * @param rule the rule
         * @return this builder
         * @throws NullPointerException if {@code rule} is null
         */
        public Builder countRule(CountRule rule) {
            this.countRule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Sets the status tolerance as a fraction of the target.
         *
         * @param tolerance the tolerance, 0 to 1
         * @return this builder
         * @throws NullPointerException if {@code tolerance} is null
         */
        public Builder tolerance(Ratio tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /**
         * Sets after how many consecutive months behind a reminder escalates.
         *
         * @param months the months, 1 to 12
         * @return this builder
         */
        public Builder escalateAfterMonths(int months) {
            this.escalateAfterMonths = months;
            return this;
        }

        /**
         * Sets the label.
         *
         * @param label where the plan's figures come from
         * @return this builder
         * @throws NullPointerException if {@code label} is null
         */
        public Builder label(String label) {
            this.label = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Sets the denominator of the channel shares.
         *
         * @param base the base
         * @return this builder
         * @throws NullPointerException if {@code base} is null
         */
        public Builder channelShareBase(ShareBase base) {
            this.channelShareBase = Objects.requireNonNull(base, "base");
            return this;
        }

        /**
         * Declares a category subset.
         *
         * @param subset the subset
         * @return this builder
         * @throws NullPointerException if {@code subset} is null
         */
        public Builder subset(CategorySubset subset) {
            subsets.add(Objects.requireNonNull(subset, "subset"));
            return this;
        }

        /**
         * Builds the plan, checking every field at once.
         *
         * @return the plan, with the city targets in the order of {@link Divisions#cities()}
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public TargetPlan build() {
            List<Violation> faults = new ArrayList<>();
            if (year < 2000 || year > 2100) {
                faults.add(new Violation("year", "target-plan.year", "a plan year lies between 2000 and 2100"));
            }
            Map<DivisionCode, Integer> ordered = new LinkedHashMap<>();
            if (province.level() != DivisionLevel.PROVINCE || !Divisions.builtIn().isKnown(province)) {
                faults.add(new Violation("province", "target-plan.province", "the province is not in the division table"));
            } else {
                List<Division> cities = Divisions.builtIn().children(province);
                boolean exact = cities.size() == cityTargets.size();
                for (Division city : cities) {
                    Integer target = cityTargets.get(city.code());
                    if (target == null) {
                        exact = false;
                    } else {
                        ordered.put(city.code(), target);
                    }
                }
                if (!exact) {
                    faults.add(new Violation("cityTargets", "target-plan.cities",
                            "a plan has a target for each of the province's " + cities.size() + " cities and no other"));
                }
            }
            if (provinceTarget < 0) {
                faults.add(new Violation("provinceTarget", "target-plan.negative-target", "a target is never negative"));
            }
            cityTargets.forEach((city, target) -> {
                if (target < 0) {
                    faults.add(new Violation("cityTargets[" + city + "]", "target-plan.negative-target",
                            "a target is never negative"));
                }
            });
            if (tolerance.signum() < 0 || tolerance.compareTo(Ratio.ONE) > 0) {
                faults.add(new Violation("tolerance", "target-plan.tolerance", "a tolerance lies between 0 and 1"));
            }
            if (escalateAfterMonths < 1 || escalateAfterMonths > 12) {
                faults.add(new Violation("escalateAfterMonths", "target-plan.escalate-after",
                        "escalation comes after 1 to 12 months behind"));
            }
            if (label.isBlank()) {
                faults.add(new Violation("label", "target-plan.label",
                        "a plan says where its figures come from"));
            }
            if (subsets.stream().map(CategorySubset::name).distinct().count() != subsets.size()) {
                faults.add(new Violation("subsets", "target-plan.subset-name", "each subset has its own name"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new TargetPlan(this, ordered);
        }
    }
}
