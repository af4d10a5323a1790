package org.jobassist.examples.province;

import java.time.YearMonth;
import java.util.Objects;

import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;

/**
 * One month of a province run, as its progress line shows it.
 *
 * @param month the month
 * @param recognised people recognised at the month end
 * @param newlyRecognised recognised this month (at the opening on 1 January for January)
 * @param exited recognitions ended this month: employed or no longer eligible
 * @param outcomesAccepted outcomes recorded this month
 * @param outcomesRejected outcomes refused this month
 * @param achieved the province's outcomes counted in the year so far
 * @param zeroEmploymentOpen zero-employment cases open at the month end
 * @param zeroEmploymentCleared zero-employment cases cleared this month
 * @param subsidyEntries ledger entries recorded this month
 * @param subsidyAmount their amount
 * @param completion the province's completion at the month end
 * @param expected the completion expected by the schedule
 * @param citiesBehind cities behind schedule
 * @param reminders reminders sent
 * @param escalated of which escalated
 * @param discrepancies discrepancies the month-end cross-check found
 */
public record MonthLine(YearMonth month, long recognised, long newlyRecognised, long exited, int outcomesAccepted,
                        int outcomesRejected, int achieved, int zeroEmploymentOpen, int zeroEmploymentCleared,
                        long subsidyEntries, Money subsidyAmount, Ratio completion, Ratio expected, int citiesBehind,
                        int reminders, int escalated, long discrepancies) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an object field is null
     */
    public MonthLine {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(subsidyAmount, "subsidyAmount");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * The progress line: counts and percentages only, no personal data.
     *
     * @return the line, without a line end
     */
    public String format() {
        return String.format("%s  recognised %,d (+%,d -%,d)  outcomes +%,d = %,d (refused %,d)"
                        + "  zero-employment open %,d, cleared %,d  subsidies +%s in %,d entries"
                        + "  province %s%% of target, expected %s%%  behind %d, reminders %d (%d escalated)"
                        + "  discrepancies %,d",
                month, recognised, newlyRecognised, exited, outcomesAccepted, achieved, outcomesRejected,
                zeroEmploymentOpen, zeroEmploymentCleared, subsidyAmount.format(), subsidyEntries,
                Percent.of(completion), Percent.of(expected), citiesBehind, reminders, escalated, discrepancies);
    }
}
