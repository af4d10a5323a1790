package org.jobassist.examples.province;

import java.util.List;
import java.util.Objects;

import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.subsidy.GrantBatchResult;

/**
 * What a programme year produced.
 *
 * @param population the population's summary (counts only)
 * @param plan the plan
 * @param months the twelve month lines
 * @param december the December progress report, with its indicators
 * @param reminders December's reminders
 * @param crossCheck the cross-check at the end of December
 * @param enterpriseCases the enterprise cases granted in the year
 * @param grantedAgain the enterprise cases granted again after December
 * @param placements public welfare post placements subsidised
 * @param refusals subsidy months or cases the calculator or the ledger refused
 */
public record YearResult(String population, TargetPlan plan, List<MonthLine> months, ProgressReport december,
                         List<Reminder> reminders, CrossCheckReport crossCheck, int enterpriseCases,
                         GrantBatchResult grantedAgain, int placements, long refusals) {

    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public YearResult {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(plan, "plan");
        months = List.copyOf(months);
        Objects.requireNonNull(december, "december");
        reminders = List.copyOf(reminders);
        Objects.requireNonNull(crossCheck, "crossCheck");
        Objects.requireNonNull(grantedAgain, "grantedAgain");
    }
}
