package org.jobassist.api.assessment;

import java.util.Objects;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;

/**
 * One line of the monthly report: a city's (or the province's) cumulative achievement against
 * its target and against progress over time (时序进度) at the end of the report month.
 *
 * <p>{@code expected} is the schedule curve's fraction for the month; {@code expectedCount} is
 * target × expected rounded up (a city must reach at least that count to be on schedule when
 * the tolerance is zero); {@code gap} is achieved − expectedCount, negative when behind.
 * Completion of a zero target is 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param division the city, or the province for the province line
 * @param target the yearly target, not negative
 * @param achieved outcomes counted from 1 January to the end of the month, not negative
 * @param completion achieved / target (完成率), exact
 * @param expected the curve's cumulative fraction for the month
 * @param expectedCount ⌈target × expected⌉
 * @param gap achieved − expectedCount
 * @param status the status within the plan's tolerance
 * @param monthsBehind consecutive months up to and including this one with status
 *     {@link ProgressStatus#BEHIND}; 0 unless behind
 */
public record CityProgress(DivisionCode division, int target, int achieved, Ratio completion, Ratio expected,
        int expectedCount, int gap, ProgressStatus status, int monthsBehind) {

    /**
     * Validates the line.
     *
     * @throws IllegalArgumentException if a count is negative, the gap does not match, or
     *     {@code monthsBehind} does not agree with the status
     * @throws NullPointerException if an argument is null
     */
    public CityProgress {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(status, "status");
        if (target < 0 || achieved < 0 || expectedCount < 0 || monthsBehind < 0) {
            throw new IllegalArgumentException("progress counts must not be negative");
        }
        if (gap != achieved - expectedCount) {
            throw new IllegalArgumentException("gap must be achieved - expectedCount");
        }
        if ((status == ProgressStatus.BEHIND) != (monthsBehind > 0)) {
            throw new IllegalArgumentException("monthsBehind is positive exactly when behind");
        }
    }

    /**
     * Whether this line is behind schedule.
     *
     * @return true if the status is {@link ProgressStatus#BEHIND}
     */
    public boolean isBehind() {
        return status == ProgressStatus.BEHIND;
    }
}
