package org.jobassist.impl.internal.subsidy.monthly;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;

/**
 * How many months a subsidy runs, fixed on the day it starts (the first approval, or the start
 * of a placement): the normal duration, or, when strictly less than the threshold is left to
 * statutory retirement that day, until retirement. The age and the retirement month are taken
 * under the law in force on that day, so a later change of law (the 2024 reform) does not
 * move an entitlement already fixed.
 *
 * <p>"Until retirement" covers the months before the retirement month
 * ({@link StatutoryRetirement#monthsRemaining}); the normal duration is also cut there, since
 * no subsidy runs past retirement. Immutable.
 */
public final class Entitlement {

    /** The day the entitlement was fixed. */
    public final LocalDate start;
    /** The statutory retirement month under the law in force on {@link #start}. */
    public final YearMonth retirementMonth;
    /** The person was of retirement age on {@link #start}. */
    public final boolean retiredAtStart;
    /** Strictly less than the threshold was left to retirement on {@link #start}. */
    public final boolean extended;
    /** The months of subsidy the entitlement allows in all. */
    public final int months;
    /** The normal duration read. */
    public final ResolvedValue<Period> duration;
    /** The extension threshold read. */
    public final ResolvedValue<Period> threshold;
    /** {@link #retirementMonth} as year × 12 + month − 1, for comparisons without objects. */
    public final long retirementEpochMonth;
    private final LocalDate birthDate;
    private final RetirementClass retirementClass;
    private final String area;

    private Entitlement(String area, LocalDate start, LocalDate birthDate, RetirementClass retirementClass,
                        ResolvedValue<Period> duration, ResolvedValue<Period> threshold) {
        this.area = area;
        this.start = start;
        this.birthDate = birthDate;
        this.retirementClass = retirementClass;
        this.duration = duration;
        this.threshold = threshold;
        // One retirement calculation: the date lies in the retirement month (see
        // StatutoryRetirement), so the month and the months remaining follow from it.
        LocalDate retirement = StatutoryRetirement.retirementDate(birthDate, retirementClass, start);
        this.retirementMonth = YearMonth.of(retirement.getYear(), retirement.getMonthValue());
        this.retirementEpochMonth = epochMonth(retirement.getYear(), retirement.getMonthValue());
        this.retiredAtStart = !start.isBefore(retirement);
        this.extended = !retiredAtStart && isAfterRetirementMinus(start, retirement, threshold.value());
        long remaining = Math.max(0L, retirementEpochMonth - epochMonth(start.getYear(), start.getMonthValue()));
        long normal = duration.value().toTotalMonths();
        this.months = retiredAtStart ? 0 : (int) (extended ? remaining : Math.min(normal, remaining));
    }

    private static long epochMonth(int year, int month) {
        return year * 12L + month - 1;
    }

    /**
     * {@code start.isAfter(retirement.minus(threshold))}; for a threshold of whole years (the
     * packs' 5 years) compared field by field, without building the date.
     */
    private static boolean isAfterRetirementMinus(LocalDate start, LocalDate retirement, Period threshold) {
        if (threshold.getMonths() != 0 || threshold.getDays() != 0) {
            return start.isAfter(retirement.minus(threshold));
        }
        // LocalDate.minusYears: same month, the day clamped to the month's length in that year.
        int year = retirement.getYear() - threshold.getYears();
        int month = retirement.getMonthValue();
        int day = Math.min(retirement.getDayOfMonth(), Month.of(month).length(Year.isLeap(year)));
        if (start.getYear() != year) {
            return start.getYear() > year;
        }
        if (start.getMonthValue() != month) {
            return start.getMonthValue() > month;
        }
        return start.getDayOfMonth() > day;
    }

    /**
     * Fixes the entitlement.
     *
     * @param area the calculator's area, which prefixes the explanation's rule ids
     * @param duration the series of the normal duration
     * @param threshold the series of the extension threshold
     * @param jurisdiction the jurisdiction
     * @param start the day the subsidy starts
     * @param birthDate the person's date of birth
     * @param retirementClass the person's retirement class
     * @return the entitlement
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a key is unset on {@code start}
     */
    public static Entitlement fix(String area, PackSeries<Period> duration, PackSeries<Period> threshold,
                                  DivisionCode jurisdiction, LocalDate start, LocalDate birthDate,
                                  RetirementClass retirementClass) {
        return new Entitlement(area, start, birthDate, retirementClass,
                duration.resolve(jurisdiction, start), threshold.resolve(jurisdiction, start));
    }

    /**
     * The values read, for the decision.
     *
     * @return the duration and the threshold
     */
    public List<ResolvedValue<?>> values() {
        return List.of(duration, threshold);
    }

    /**
     * Explains the entitlement: rule {@code <area>.entitlement}, a value in months, or not
     * satisfied when the person was already of retirement age; the retirement month's own
     * explanation as a child.
     *
     * @return the explanation
     */
    public Explanation explain() {
        Explanation.Builder b = Explanation.builder(area + ".entitlement")
                .input("start", start.toString())
                .input("duration", duration.value().toString())
                .input("retirementExtensionThreshold", threshold.value().toString())
                .input("retirementMonth", retirementMonth.toString())
                .input("extendedToRetirement", Boolean.toString(extended));
        if (retiredAtStart) {
            b.outcome(Explanation.Outcome.NOT_SATISFIED)
                    .description("the person was of statutory retirement age when the subsidy started");
        } else {
            b.value(months + " months").description(extended
                    ? "less than the threshold left to statutory retirement at the start: until the month before"
                            + " the retirement month"
                    : "the normal duration, and never past the month before the retirement month");
        }
        b.legalBasis(duration.legalBasis());
        if (!threshold.legalBasis().equals(duration.legalBasis())) {
            b.legalBasis(threshold.legalBasis());
        }
        for (LegalBasis basis : StatutoryRetirement.legalBases(retirementClass, start)) {
            b.legalBasis(basis);
        }
        return b.child(StatutoryRetirement.explain(YearMonth.from(birthDate), retirementClass, start)).build();
    }
}
