package org.jobassist.impl;

import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.ReminderSink;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.internal.assessment.OutcomeRecorder;
import org.jobassist.impl.internal.assessment.ProgressEngine;
import org.jobassist.impl.internal.assessment.ReminderEngine;

/**
 * Assessment of the yearly target (考核): recording employment outcomes, the monthly progress
 * report of the 14 cities and the province, and reminders to the cities behind schedule.
 *
 * <p>Thread-safe and stateless; the stores given keep their own thread-safety contracts.
 */
public final class Assessments {

    private Assessments() {}

    /**
     * Records a batch of outcomes towards {@code plan}. Each outcome is checked: its day lies
     * in the plan year ({@code outcome.outside-plan-year}) and the person was recognised on that day
     * ({@code outcome.not-recognised}, through {@link org.jobassist.api.category.RecognitionRecord#isRecognisedOn}).
     * The store then refuses an id held with other content ({@code outcome.duplicate-id}) and,
     * under the plan's count rule, a person already counted in the year
     * ({@code outcome.duplicate-in-year}). Nothing is silently dropped:
     * {@code accepted + alreadyRecorded + rejected} is the batch size, and the rejections are
     * added to the store's counts of the plan year, which the report shows.
     *
     * @param plan the plan
     * @param store the outcome store
     * @param recognitions the recognition records
     * @param outcomes the batch
     * @return what was done with each outcome
     * @throws InvalidInputException {@code store.null-item} for a null element; nothing is
     *     recorded
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public static OutcomeBatchResult record(TargetPlan plan, OutcomeStore store, RecognitionStore recognitions,
            List<EmploymentOutcome> outcomes) {
        return OutcomeRecorder.record(plan, store, recognitions, outcomes);
    }

    /**
     * The progress report at the end of {@code month}: per city (in the order of the division
     * table) and for the province, the cumulative achievement, completion, the expected
     * fraction by the plan's curve and the expected count (rounded up), the gap, the status
     * within the plan's tolerance and the consecutive months behind (found by evaluating every
     * earlier month of the year); the channel shares against the plan's base (the channel
     * total by default); the declared subsets' shares; the rejections of the plan year.
     *
     * <p>The province line's target is the plan's province target; its achievement is the sum
     * of the cities'.
     *
     * @param plan the plan
     * @param store the outcome store
     * @param month a month of the plan year
     * @return the report
     * @throws InvalidInputException {@code progress.month-outside-plan-year} if the month is
     *     not in the plan year
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the store fails
     */
    public static ProgressReport progress(TargetPlan plan, OutcomeStore store, YearMonth month) {
        return ProgressEngine.progress(plan, store, month);
    }

    /**
     * Sends one reminder to each city behind schedule in {@code report}, escalated when the
     * city has been behind for at least the plan's {@code escalateAfterMonths} consecutive
     * months. The province line gets no reminder.
     *
     * @param report the report
     * @param sink where the reminders go
     * @return the number of reminders sent
     * @throws NullPointerException if an argument is null
     */
    public static int remind(ProgressReport report, ReminderSink sink) {
        return ReminderEngine.remind(report, sink);
    }
}
