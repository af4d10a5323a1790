package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.EmployerContribution;
import org.jobassist.api.subsidy.InsuranceType;

/**
 * The employer's contributions actually paid, by month and insurance, and the part of them a
 * subsidy covers: the employer's share of the insurances the pack lists, never the
 * individual's share. Immutable once built.
 */
public final class EmployerShare {

    private static final InsuranceType[] INSURANCES = InsuranceType.values();
    private static final EmployerContribution[] NONE = new EmployerContribution[INSURANCES.length];

    /** Up to this many contributions, a month's row is found by a scan rather than an index. */
    static final int SCAN_LIMIT = 8;

    /** The contributions when there are few of them (then {@link #months} is null), else null. */
    private final List<EmployerContribution> few;
    /** The distinct months paid for, as {@link #index} values, ascending. */
    private final long[] months;
    /** Per month of {@link #months}, the contribution per insurance ordinal, or null. */
    private final EmployerContribution[][] byMonth;

    private EmployerShare(List<EmployerContribution> few, long[] months, EmployerContribution[][] byMonth) {
        this.few = few;
        this.months = months;
        this.byMonth = byMonth;
    }

    /**
     * Indexes contributions, at most one per month and insurance (the input builders check it).
     *
     * @param contributions the contributions
     * @return the index
     */
    public static EmployerShare of(List<EmployerContribution> contributions) {
        int n = contributions.size();
        if (n <= SCAN_LIMIT) {
            // A case of a month or two: scanning the few contributions beats building an index.
            return new EmployerShare(contributions, null, null);
        }
        // Sorted arrays rather than a map of maps: a case has a few months, looked up by binary search.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = index(contributions.get(i).month());
        }
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size == 0 || distinct[size - 1] != distinct[i]) {
                distinct[size++] = distinct[i];
            }
        }
        long[] months = Arrays.copyOf(distinct, size);
        EmployerContribution[][] byMonth = new EmployerContribution[size][INSURANCES.length];
        for (int i = 0; i < n; i++) {
            EmployerContribution c = contributions.get(i);
            byMonth[Arrays.binarySearch(months, keys[i])][c.insurance().ordinal()] = c;
        }
        return new EmployerShare(null, months, byMonth);
    }

    private static long index(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    private EmployerContribution[] row(YearMonth month) {
        if (few != null) {
            EmployerContribution[] row = NONE;
            for (int i = 0, n = few.size(); i < n; i++) {
                EmployerContribution c = few.get(i);
                if (c.month().equals(month)) {
                    if (row == NONE) {
                        row = new EmployerContribution[INSURANCES.length];
                    }
                    row[c.insurance().ordinal()] = c;
                }
            }
            return row;
        }
        int at = Arrays.binarySearch(months, index(month));
        return at < 0 ? NONE : byMonth[at];
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
        for (EmployerContribution c : row(month)) {
            if (c != null && covered.contains(c.insurance()) && c.employerPaid().isPositive()) {
                result.put(c.insurance(), c.employerPaid());
            }
        }
        return result;
    }

    /**
     * The same amounts as {@link #coveredIn}, as parts named by the insurance codes, in
     * insurance order.
     *
     * @param month the month
     * @param covered the insurances covered
     * @return the parts, possibly empty; an immutable list
     */
    public List<AmountComponent> coveredParts(YearMonth month, Set<InsuranceType> covered) {
        AmountComponent[] parts = null;
        int size = 0;
        for (EmployerContribution c : row(month)) {
            if (c != null && covered.contains(c.insurance()) && c.employerPaid().isPositive()) {
                if (parts == null) {
                    parts = new AmountComponent[INSURANCES.length];
                }
                parts[size++] = new AmountComponent(c.insurance().code(), c.employerPaid());
            }
        }
        return SmallLists.of(parts, size);
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
        for (EmployerContribution c : row(month)) {
            if (c == null) {
                continue;
            }
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
