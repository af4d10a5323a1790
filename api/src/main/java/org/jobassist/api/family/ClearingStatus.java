package org.jobassist.api.family;

/**
 * Where a zero-employment case stands on a date (动态清零): the deadline is the identified date
 * plus the pack's clearing period, counted in calendar days; the deadline day itself is in time.
 */
public enum ClearingStatus {
    /** Not cleared, and the deadline has not passed. */
    OPEN,
    /** Not cleared, and the deadline has passed. */
    OVERDUE,
    /** Cleared on or before the deadline. */
    CLEARED_ON_TIME,
    /** Cleared after the deadline. */
    CLEARED_LATE
}
