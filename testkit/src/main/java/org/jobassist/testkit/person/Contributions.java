package org.jobassist.testkit.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of social-insurance contribution histories (社会保险缴费记录) with a chosen
 * number of months without an employer-paid contribution as of a day, for the "unemployed
 * at least 12 months" test of the reference categories: {@link #withGap} puts the last
 * employer-paid month exactly where the count comes out as asked, {@link #gapsNear} gives
 * counts just below, at and just above a threshold, {@link #neverEmployed} gives histories
 * without any employer-paid month.
 *
 * <p>Around the fixed facts the histories vary: a run of employer-paid months before the
 * last one, flexible-worker months inside the gap (they do not show employment), months in
 * the as-of month's own gap slot left out, and one in five with employer-paid months after
 * the as-of month (which must be ignored). The months are listed in random order.
 *
 * <p>Every value is valid by construction (one entry per month). Draws are deterministic
 * under {@code Properties.qt()} and {@code Samples.draw}. Stateless and thread-safe.
 */
public final class Contributions {

    /** The most employer-paid months drawn before the last one. */
    private static final int MAX_RUN = 48;

    private Contributions() {}

    /**
     * Month counts {@code threshold - 1}, {@code threshold} and {@code threshold + 1}, equally
     * likely ({@code threshold - 1} left out when it would be negative).
     *
     * @param threshold the threshold, such as 12, not negative
     * @return the generator
     * @throws IllegalArgumentException if {@code threshold} is negative
     */
    public static Gen<Integer> gapsNear(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative, was " + threshold);
        }
        int low = Math.max(0, threshold - 1);
        return in -> Draw.between(in, low, threshold + 1);
    }

    /**
     * Histories of {@code person} whose
     * {@link ContributionHistory#monthsWithoutEmployerContribution(LocalDate)} as of
     * {@code asOf} is exactly {@code monthsWithout}: the last employer-paid month up to the
     * as-of month {@code M} is {@code M - monthsWithout - 1} (for 0, {@code M - 1} or
     * {@code M} itself).
     *
     * @param person the person
     * @param asOf the day
     * @param monthsWithout the months without employer contribution, not negative and below
     *     {@link ContributionHistory#NEVER}
     * @return the generator
     * @throws IllegalArgumentException if {@code monthsWithout} is negative or NEVER
     * @throws NullPointerException if an argument is null
     */
    public static Gen<ContributionHistory> withGap(PersonId person, LocalDate asOf, int monthsWithout) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        if (monthsWithout < 0 || monthsWithout == ContributionHistory.NEVER) {
            throw new IllegalArgumentException("monthsWithout must be from 0 to NEVER - 1, was " + monthsWithout);
        }
        YearMonth now = YearMonth.from(asOf);
        return in -> {
            YearMonth last = monthsWithout == 0 && Draw.oneIn(in, 2) ? now : now.minusMonths(monthsWithout + 1L);
            List<ContributionMonth> months = new ArrayList<>();
            int run = Draw.between(in, 0, MAX_RUN);
            for (int i = 0; i <= run; i++) {
                months.add(ContributionMonth.employer(last.minusMonths(i)));
            }
            for (YearMonth m = last.plusMonths(1); !m.isAfter(now); m = m.plusMonths(1)) {
                if (Draw.oneIn(in, 3)) {
                    months.add(ContributionMonth.flexible(m));
                }
            }
            addFuture(in, months, now);
            return ContributionHistory.of(person, shuffled(in, months));
        };
    }

    /**
     * Histories of {@code person} with no employer-paid month up to the month of
     * {@code asOf} (so {@link ContributionHistory#NEVER}): empty, or flexible-worker months
     * only, and one in five with employer-paid months after the as-of month.
     *
     * @param person the person
     * @param asOf the day
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<ContributionHistory> neverEmployed(PersonId person, LocalDate asOf) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        YearMonth now = YearMonth.from(asOf);
        return in -> {
            List<ContributionMonth> months = new ArrayList<>();
            int flexible = Draw.between(in, 0, 24);
            for (int i = 0; i < flexible; i++) {
                months.add(ContributionMonth.flexible(now.minusMonths(i)));
            }
            addFuture(in, months, now);
            return ContributionHistory.of(person, shuffled(in, months));
        };
    }

    /**
     * Histories of {@code person} as of {@code asOf} near {@code threshold}: the gap drawn
     * from {@link #gapsNear(int)}; one in ten {@link #neverEmployed}. Ask the history for its
     * count when a test needs it, or draw the gap and use {@link #withGap} to know it
     * beforehand.
     *
     * @param person the person
     * @param asOf the day
     * @param threshold the threshold, not negative
     * @return the generator
     * @throws IllegalArgumentException if {@code threshold} is negative
     * @throws NullPointerException if an argument is null
     */
    public static Gen<ContributionHistory> nearThreshold(PersonId person, LocalDate asOf, int threshold) {
        Gen<Integer> gaps = gapsNear(threshold);
        Gen<ContributionHistory> never = neverEmployed(person, asOf);
        return in -> Draw.oneIn(in, 10) ? never.generate(in) : withGap(person, asOf, gaps.generate(in)).generate(in);
    }

    /** One in five histories also has employer-paid months after the as-of month, which queries as of then ignore. */
    private static void addFuture(RandomnessSource in, List<ContributionMonth> months, YearMonth now) {
        if (Draw.oneIn(in, 5)) {
            int future = Draw.between(in, 1, 6);
            for (int i = 1; i <= future; i++) {
                months.add(ContributionMonth.employer(now.plusMonths(i)));
            }
        }
    }

    private static List<ContributionMonth> shuffled(RandomnessSource in, List<ContributionMonth> months) {
        List<ContributionMonth> list = new ArrayList<>(months);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, Draw.between(in, 0, i));
        }
        return list;
    }
}
