package org.jobassist.api.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;

/**
 * A person's social-insurance contribution record (社会保险缴费记录): the months for which a
 * contribution was paid, each with who paid it. Employer-paid months show employment; a run
 * of months without one shows unemployment, which the reference categories require for at
 * least 12 months (辽政发〔2020〕9号: "no employer-paid social-insurance contribution for 12
 * months or more").
 *
 * <p><b>Counting months without contribution.</b> As of a day in month {@code M}, the months
 * without an employer-paid contribution are the whole calendar months strictly after the last
 * employer-paid month {@code L ≤ M} and strictly before {@code M}: with {@code L = 2020-10}
 * and any day of {@code 2021-11}, they are 2020-11 to 2021-10, twelve months. The as-of month
 * itself never counts, because its contribution is due by its end and may not be posted yet;
 * months after it are ignored, so the answer depends only on what was known by then. A
 * person with no employer-paid month up to {@code M} gets {@link #NEVER}.
 *
 * <p>The months are kept sorted in two small arrays, so the queries allocate nothing and
 * take time logarithmic in the months recorded.
 *
 * <p>Error codes: {@code contribution-history.duplicate-month} (path {@code months[i]}, the
 * later of two entries for one calendar month).
 *
 * <p>Immutable and thread-safe.
 */
public final class ContributionHistory {

    /** The answer of {@link #monthsWithoutEmployerContribution} when no employer ever paid. */
    public static final int NEVER = Integer.MAX_VALUE;

    private final PersonId person;
    /** Months as {@code year * 12 + month - 1}, ascending; long because LocalDate's years reach ±999,999,999. */
    private final long[] months;
    /** Whether the month at the same index was paid by an employer. */
    private final boolean[] employer;

    private ContributionHistory(PersonId person, long[] months, boolean[] employer) {
        this.person = person;
        this.months = months;
        this.employer = employer;
    }

    /**
     * The history of {@code person} made of {@code months}, in any order.
     *
     * @param person the person
     * @param months the months paid, at most one entry per calendar month
     * @return the history
     * @throws InvalidInputException with code {@code contribution-history.duplicate-month}
     * @throws NullPointerException if an argument or an element is null
     */
    public static ContributionHistory of(PersonId person, List<ContributionMonth> months) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(months, "months");
        List<ContributionMonth> copy = List.copyOf(months);
        List<Violation> faults = new ArrayList<>();
        Map<YearMonth, Integer> seen = new HashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            Integer first = seen.putIfAbsent(copy.get(i).month(), i);
            if (first != null) {
                faults.add(new Violation("months[" + i + "]", "contribution-history.duplicate-month",
                        "the history already has this month at months[" + first + "]"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        List<ContributionMonth> sorted = new ArrayList<>(copy);
        sorted.sort((a, b) -> a.month().compareTo(b.month()));
        long[] index = new long[sorted.size()];
        boolean[] paidByEmployer = new boolean[sorted.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = index(sorted.get(i).month());
            paidByEmployer[i] = sorted.get(i).kind().showsEmployment();
        }
        return new ContributionHistory(person, index, paidByEmployer);
    }

    /**
     * The empty history of {@code person}: never contributed.
     *
     * @param person the person
     * @return the history
     * @throws NullPointerException if {@code person} is null
     */
    public static ContributionHistory empty(PersonId person) {
        Objects.requireNonNull(person, "person");
        return new ContributionHistory(person, new long[0], new boolean[0]);
    }

    /**
     * The person.
     *
     * @return the person
     */
    public PersonId person() {
        return person;
    }

    /**
     * The months paid, in calendar order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ContributionMonth> months() {
        List<ContributionMonth> list = new ArrayList<>(months.length);
        for (int i = 0; i < months.length; i++) {
            list.add(new ContributionMonth(month(months[i]),
                    employer[i] ? ContributionKind.EMPLOYER : ContributionKind.FLEXIBLE));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Who paid for {@code month}.
     *
     * @param month the month
     * @return the kind, or empty if nothing was paid for it
     * @throws NullPointerException if {@code month} is null
     */
    public Optional<ContributionKind> kindIn(YearMonth month) {
        int i = Arrays.binarySearch(months, index(month));
        return i < 0 ? Optional.empty()
                : Optional.of(employer[i] ? ContributionKind.EMPLOYER : ContributionKind.FLEXIBLE);
    }

    /**
     * Whether an employer paid for {@code month}, which shows the person was employed then.
     * Allocation-free.
     *
     * @param month the month
     * @return true if the month was paid by an employer
     * @throws NullPointerException if {@code month} is null
     */
    public boolean isEmployedIn(YearMonth month) {
        int i = Arrays.binarySearch(months, index(month));
        return i >= 0 && employer[i];
    }

    /**
     * The last employer-paid month not after the month of {@code asOf}.
     *
     * @param asOf the day asked about
     * @return the month, or empty if no employer paid up to then
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<YearMonth> lastEmployerPaidMonth(LocalDate asOf) {
        long last = lastEmployerIndex(index(asOf));
        return last == Long.MIN_VALUE ? Optional.empty() : Optional.of(month(last));
    }

    /**
     * How many whole calendar months before the month of {@code asOf} have passed since the
     * last employer-paid month (see the class javadoc). Allocation-free.
     *
     * @param asOf the day asked about
     * @return the months, 0 when an employer paid for the as-of month or the one before it,
     *     {@link #NEVER} when no employer paid up to the as-of month
     * @throws NullPointerException if {@code asOf} is null
     */
    public int monthsWithoutEmployerContribution(LocalDate asOf) {
        long now = index(asOf);
        long last = lastEmployerIndex(now);
        // Only absurd years make the gap reach NEVER; cap it below so that NEVER keeps its meaning.
        return last == Long.MIN_VALUE ? NEVER : (int) Math.min(NEVER - 1L, Math.max(0L, now - last - 1));
    }

    /**
     * Whether the person has been without an employer-paid contribution for at least
     * {@code months} months as of {@code asOf}: the unemployment duration test of the
     * reference categories with {@code months = 12}. Allocation-free.
     *
     * @param months the threshold, not negative
     * @param asOf the day asked about
     * @return true if {@link #monthsWithoutEmployerContribution} is at least {@code months}
     * @throws IllegalArgumentException if {@code months} is negative
     * @throws NullPointerException if {@code asOf} is null
     */
    public boolean isWithoutEmployerContributionFor(int months, LocalDate asOf) {
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative");
        }
        return monthsWithoutEmployerContribution(asOf) >= months;
    }

    /** The index of the last employer-paid month not after {@code upTo}, or MIN_VALUE. */
    private long lastEmployerIndex(long upTo) {
        int i = Arrays.binarySearch(months, upTo);
        int from = i >= 0 ? i : -i - 2;
        for (int j = from; j >= 0; j--) {
            if (employer[j]) {
                return months[j];
            }
        }
        return Long.MIN_VALUE;
    }

    private static long index(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    private static long index(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    private static YearMonth month(long index) {
        return YearMonth.of((int) Math.floorDiv(index, 12L), (int) Math.floorMod(index, 12L) + 1);
    }

    /**
     * Equal when the person and every month with its payer are equal.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ContributionHistory h && person.equals(h.person) && Arrays.equals(months, h.months)
                && Arrays.equals(employer, h.employer);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * person.hashCode() + Arrays.hashCode(months)) + Arrays.hashCode(employer);
    }

    /**
     * A summary such as {@code ContributionHistory[P1, 36 months, 30 by an employer]}.
     *
     * @return the text, free of personal data
     */
    @Override
    public String toString() {
        int byEmployer = 0;
        for (boolean b : employer) {
            byEmployer += b ? 1 : 0;
        }
        return "ContributionHistory[" + person + ", " + months.length + " months, " + byEmployer + " by an employer]";
    }
}
