package org.jobassist.impl.internal.subsidy.monthly;

import java.time.LocalDate;
import java.time.Period;
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
    private final YearMonth birthMonth;
    private final RetirementClass retirementClass;
    private final String area;

    private Entitlement(String area, LocalDate start, LocalDate birthDate, RetirementClass retirementClass,
                        ResolvedValue<Period> duration, ResolvedValue<Period> threshold) {
        this.area = area;
        this.start = start;
        this.birthMonth = YearMonth.from(birthDate);
        this.retirementClass = retirementClass;
        this.duration = duration;
        this.threshold = threshold;
        LocalDate retirement = StatutoryRetirement.retirementDate(birthDate, retirementClass, start);
        this.retirementMonth = YearMonth.from(retirement);
        this.retiredAtStart = !start.isBefore(retirement);
        this.extended = !retiredAtStart && start.isAfter(retirement.minus(threshold.value()));
        long remaining = StatutoryRetirement.monthsRemaining(birthDate, retirementClass, start);
        long normal = duration.value().toTotalMonths();
        this.months = retiredAtStart ? 0 : (int) (extended ? remaining : Math.min(normal, remaining));
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
        return b.child(StatutoryRetirement.explain(birthMonth, retirementClass, start)).build();
    }
}
