package org.jobassist.api.assessment;

/**
 * Where a city (or the province) stands against progress over time (时序进度): its cumulative
 * achievement compared with the count the schedule curve expects by the end of the month,
 * within the plan's tolerance.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProgressStatus {
    /** Achieved more than expected plus the tolerance. */
    AHEAD,
    /** Achieved within the tolerance of the expected count. */
    ON_SCHEDULE,
    /** Achieved less than expected minus the tolerance (落后于时序进度). */
    BEHIND
}
