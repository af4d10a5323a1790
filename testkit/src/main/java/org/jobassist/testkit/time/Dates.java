package org.jobassist.testkit.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of dates, months, date ranges (日期区间) and the inputs of statutory retirement
 * (法定退休): dates in a range, dates near a boundary such as a policy change, closed and
 * open-ended ranges, retirement classes and birth dates whose retirement falls before, during
 * and after the phase-in of the 2024 reform.
 *
 * <p>Every draw is uniform within its bounds; QuickTheories shrinks towards the earliest.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dates {

    /** The earliest original retirement month of {@link #birthDatesAcrossReform}: ten years before the reform. */
    private static final YearMonth EARLIEST_ORIGINAL_RETIREMENT = YearMonth.of(2015, 1);
    /** The latest: well after every class has reached its cap (from original month 2036-09 at the latest). */
    private static final YearMonth LATEST_ORIGINAL_RETIREMENT = YearMonth.of(2045, 12);

    private Dates() {}

    /**
     * Dates from {@code earliest} to {@code latest}, both included.
     *
     * @param earliest the earliest date
     * @param latest the latest date, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<LocalDate> between(LocalDate earliest, LocalDate latest) {
        requireOrder(earliest, latest);
        long from = earliest.toEpochDay();
        long to = latest.toEpochDay();
        return in -> LocalDate.ofEpochDay(Draw.between(in, from, to));
    }

    /**
     * Dates within {@code days} days of {@code pivot}, either side, both ends included: for
     * boundaries such as a policy change ({@code around(LocalDate.of(2025, 1, 1), 3)} gives
     * 2024-12-29 to 2025-01-04).
     *
     * @param pivot the boundary
     * @param days the distance either side, not negative
     * @return the generator
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws NullPointerException if {@code pivot} is null
     * @throws java.time.DateTimeException if the range leaves the years {@link LocalDate} supports
     */
    public static Gen<LocalDate> around(LocalDate pivot, int days) {
        Objects.requireNonNull(pivot, "pivot");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        return between(pivot.minusDays(days), pivot.plusDays(days));
    }

    /**
     * Months from {@code earliest} to {@code latest}, both included.
     *
     * @param earliest the earliest month
     * @param latest the latest month, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<YearMonth> yearMonths(YearMonth earliest, YearMonth latest) {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
        long from = earliest.getYear() * 12L + earliest.getMonthValue() - 1;
        long to = latest.getYear() * 12L + latest.getMonthValue() - 1;
        return in -> {
            long m = Draw.between(in, from, to);
            return YearMonth.of((int) Math.floorDiv(m, 12L), (int) Math.floorMod(m, 12L) + 1);
        };
    }

    /**
     * Closed ranges lying within {@code earliest} to {@code latest}: a start, then an end not
     * before it, both uniform; one in eight is a single day.
     *
     * @param earliest the earliest start
     * @param latest the latest end, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<DateRange> ranges(LocalDate earliest, LocalDate latest) {
        requireOrder(earliest, latest);
        long from = earliest.toEpochDay();
        long to = latest.toEpochDay();
        return in -> {
            long start = Draw.between(in, from, to);
            if (Draw.oneIn(in, 8)) {
                return DateRange.ofDay(LocalDate.ofEpochDay(start));
            }
            return DateRange.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(Draw.between(in, start, to)));
        };
    }

    /**
     * Open-ended ranges ({@link DateRange#startingOn(LocalDate)}) starting from
     * {@code earliest} to {@code latest}.
     *
     * @param earliest the earliest start
     * @param latest the latest start, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<DateRange> openRanges(LocalDate earliest, LocalDate latest) {
        return between(earliest, latest).map(DateRange::startingOn);
    }

    /**
     * Closed ranges as {@link #ranges(LocalDate, LocalDate)}, with one in four open-ended
     * (starting within the same bounds).
     *
     * @param earliest the earliest start
     * @param latest the latest end or start, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<DateRange> mixedRanges(LocalDate earliest, LocalDate latest) {
        Gen<DateRange> closed = ranges(earliest, latest);
        Gen<DateRange> open = openRanges(earliest, latest);
        return in -> Draw.oneIn(in, 4) ? open.generate(in) : closed.generate(in);
    }

    /**
     * The three retirement classes, equally likely.
     *
     * @return the generator
     */
    public static Gen<RetirementClass> retirementClasses() {
        return Generate.enumValues(RetirementClass.class);
    }

    /**
     * Birth months of people of {@code retirementClass} whose original retirement month (birth
     * month plus the original age) runs from 2015-01 to 2045-12: before the reform, through its
     * phase-in from {@link StatutoryRetirement#REFORM_FIRST_MONTH}, and after the cap is
     * reached.
     *
     * @param retirementClass the class
     * @return the generator
     * @throws NullPointerException if {@code retirementClass} is null
     */
    public static Gen<YearMonth> birthMonthsAcrossReform(RetirementClass retirementClass) {
        Objects.requireNonNull(retirementClass, "retirementClass");
        int age = retirementClass.originalAgeYears();
        return yearMonths(EARLIEST_ORIGINAL_RETIREMENT.minusYears(age), LATEST_ORIGINAL_RETIREMENT.minusYears(age));
    }

    /**
     * Birth dates within the months of {@link #birthMonthsAcrossReform(RetirementClass)}, any
     * day of the month.
     *
     * @param retirementClass the class
     * @return the generator
     * @throws NullPointerException if {@code retirementClass} is null
     */
    public static Gen<LocalDate> birthDatesAcrossReform(RetirementClass retirementClass) {
        Objects.requireNonNull(retirementClass, "retirementClass");
        int age = retirementClass.originalAgeYears();
        return between(EARLIEST_ORIGINAL_RETIREMENT.minusYears(age).atDay(1),
                LATEST_ORIGINAL_RETIREMENT.minusYears(age).atEndOfMonth());
    }

    private static void requireOrder(LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }
}
