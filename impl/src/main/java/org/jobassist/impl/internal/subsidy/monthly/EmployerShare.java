package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.EmployerContribution;
import org.jobassist.api.subsidy.InsuranceType;

/**
 * The employer's contributions actually paid, by month and insurance, and the part of them a
 * subsidy covers: the employer's share of the insurances the pack lists, never the
 * individual's share. Immutable once built.
 */
public final class EmployerShare {

    private static final Map<InsuranceType, EmployerContribution> NONE = Map.of();

    private final Map<YearMonth, Map<InsuranceType, EmployerContribution>> byMonth;

    private EmployerShare(Map<YearMonth, Map<InsuranceType, EmployerContribution>> byMonth) {
        this.byMonth = byMonth;
    }

    /**
     * Indexes contributions, at most one per month and insurance (the input builders check it).
     *
     * @param contributions the contributions
     * @return the index
     */
    public static EmployerShare of(List<EmployerContribution> contributions) {
        Map<YearMonth, Map<InsuranceType, EmployerContribution>> map = new HashMap<>();
        for (EmployerContribution c : contributions) {
            map.computeIfAbsent(c.month(), m -> new EnumMap<>(InsuranceType.class)).put(c.insurance(), c);
        }
        return new EmployerShare(map);
    }

    /**
     * The insurances a pack value lists.
     *
     * @param value the value of {@link PolicyKeys#SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES}
     * @param area the calculator's area, for the code {@code <area>.pack-insurance}
     * @return the insurances
     * @throws InvalidInputException {@code <area>.pack-insurance} at the key's name if the pack
     *     lists a code that is no insurance: a fault of the pack, not of the case
     */
    public static Set<InsuranceType> covered(ResolvedValue<Set<String>> value, String area) {
        Set<InsuranceType> set = EnumSet.noneOf(InsuranceType.class);
        for (String code : value.value()) {
            set.add(InsuranceType.ofCode(code).orElseThrow(() -> new InvalidInputException(new Violation(
                    value.key().name(), area + ".pack-insurance",
                    "the pack lists an insurance code the library does not know"))));
        }
        return set;
    }

    /**
     * The employer's share paid in {@code month} for each covered insurance with a positive
     * payment, in insurance order.
     *
     * @param month the month
     * @param covered the insurances covered
     * @return the amounts, possibly empty
     */
    public Map<InsuranceType, Money> coveredIn(YearMonth month, Set<InsuranceType> covered) {
        Map<InsuranceType, Money> result = new EnumMap<>(InsuranceType.class);
        for (EmployerContribution c : byMonth.getOrDefault(month, NONE).values()) {
            if (covered.contains(c.insurance()) && c.employerPaid().isPositive()) {
                result.put(c.insurance(), c.employerPaid());
            }
        }
        return result;
    }

    /**
     * Explains what counted in {@code month}: one child per contribution paid, counted or not.
     *
     * @param area the calculator's area
     * @param month the month
     * @param covered the insurances covered
     * @return the explanation
     */
    public Explanation explain(String area, YearMonth month, Set<InsuranceType> covered) {
        Explanation.Builder b = Explanation.builder(area + ".employer-contributions")
                .description("the employer's share actually paid for the covered insurances; the individual's"
                        + " share is never subsidised")
                .input("month", month.toString())
                .input("covered", covered.stream().map(InsuranceType::code).toList().toString());
        Money sum = Money.ZERO;
        for (EmployerContribution c : byMonth.getOrDefault(month, NONE).values()) {
            boolean counts = covered.contains(c.insurance()) && c.employerPaid().isPositive();
            if (counts) {
                sum = sum.plus(c.employerPaid());
            }
            b.child(Explanation.builder(area + ".employer-contribution")
                    .input("insurance", c.insurance().code())
                    .input("employerPaid", c.employerPaid().format())
                    .input("individualPaidExcluded", c.individualPaid().format())
                    .description(counts ? "the employer's share counts" : covered.contains(c.insurance())
                            ? "nothing paid by the employer" : "the insurance is not covered")
                    .satisfied(counts)
                    .build());
        }
        return b.value(sum.format()).build();
    }
}
