package org.jobassist.testkit.assessment;

import java.util.List;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.Divisions;

/**
 * Target plans for tests, examples and benchmarks. The split of Liaoning's 2021 target across
 * its cities is not public: {@link #liaoning2021Illustrative()} is an illustrative split and
 * says so in its label.
 *
 * <p>Stateless and thread-safe.
 */
public final class TargetPlans {

    /** The label of the illustrative plan. */
    public static final String ILLUSTRATIVE_LABEL =
            "illustrative split, not the official one (the 2021 split across cities is not public)";

    /** Name of the declared subset of zero-employment family members. */
    public static final String ZERO_EMPLOYMENT_SUBSET = "zero-employment family members";

    /** Name of the declared subset of poverty-alleviated workers. */
    public static final String POVERTY_ALLEVIATED_SUBSET = "poverty-alleviated workers";

    /**
     * The subset of zero-employment family members: Liaoning catalogue category
     * {@code ZERO_EMPLOYMENT_FAMILY_MEMBER}.
     */
    public static final CategorySubset ZERO_EMPLOYMENT_FAMILY_MEMBERS =
            CategorySubset.of(ZERO_EMPLOYMENT_SUBSET, "ZERO_EMPLOYMENT_FAMILY_MEMBER");

    /**
     * The subset of poverty-alleviated workers: Liaoning catalogue categories
     * {@code POVERTY_ALLEVIATED_KEY_COUNTY} and the reference category
     * {@code POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY}.
     */
    public static final CategorySubset POVERTY_ALLEVIATED =
            CategorySubset.of(POVERTY_ALLEVIATED_SUBSET, "POVERTY_ALLEVIATED_KEY_COUNTY",
                    "POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY");

    /** Illustrative city targets, in the order of {@link Divisions#cities()}; they sum to 60,000. */
    private static final int[] ILLUSTRATIVE_SPLIT = {
        9_600, 8_400, 4_600, 3_400, 2_400, 3_200, 4_400, 3_400, 3_000, 2_600, 2_000, 4_000, 4_400, 4_600};

    private TargetPlans() {}

    /**
     * Liaoning's 2021 plan with the real province target of 60,000 and an <b>illustrative</b>
     * split across the 14 cities that sums to it; linear curve, once per person per year, zero
     * tolerance, escalation after 3 months, the two subsets above.
     *
     * @return the plan
     */
    public static TargetPlan liaoning2021Illustrative() {
        return illustrative(2021);
    }

    /**
     * The illustrative plan of {@link #liaoning2021Illustrative()} for another year.
     *
     * @param year the year
     * @return the plan
     */
    public static TargetPlan illustrative(int year) {
        TargetPlan.Builder b = TargetPlan.builder(year).provinceTarget(60_000).label(ILLUSTRATIVE_LABEL)
                .subset(ZERO_EMPLOYMENT_FAMILY_MEMBERS).subset(POVERTY_ALLEVIATED);
        List<Division> cities = Divisions.builtIn().cities();
        for (int i = 0; i < cities.size(); i++) {
            b.cityTarget(cities.get(i).code(), ILLUSTRATIVE_SPLIT[i]);
        }
        return b.build();
    }

    /**
     * A plan with the same target for every city and the province target their sum, with the
     * two subsets above; for small property tests.
     *
     * @param year the year
     * @param perCity each city's target, not negative
     * @return the plan
     */
    public static TargetPlan uniform(int year, int perCity) {
        TargetPlan.Builder b = TargetPlan.builder(year).label("uniform test plan")
                .subset(ZERO_EMPLOYMENT_FAMILY_MEMBERS).subset(POVERTY_ALLEVIATED);
        List<Division> cities = Divisions.builtIn().cities();
        cities.forEach(c -> b.cityTarget(c.code(), perCity));
        return b.provinceTarget(perCity * cities.size()).build();
    }
}
