package org.jobassist.api.assessment;

import java.time.YearMonth;
import java.util.Objects;
import org.jobassist.api.region.DivisionCode;

/**
 * A reminder (督促提醒) to a city behind schedule at the end of a month; escalated (重点督办)
 * when the city has been behind for at least the plan's {@code escalateAfterMonths}
 * consecutive months.
 *
 * <p>Immutable and thread-safe.
 *
 * @param city the city reminded
 * @param month the report month
 * @param status the city's status, {@link ProgressStatus#BEHIND} for reminders the library sends
 * @param gap achieved − expected count, negative when behind
 * @param monthsBehind consecutive months behind, including this one
 * @param escalated whether the reminder is escalated
 */
public record Reminder(DivisionCode city, YearMonth month, ProgressStatus status, int gap, int monthsBehind,
        boolean escalated) {

    /**
     * Validates the reminder.
     *
     * @throws IllegalArgumentException if {@code monthsBehind} is negative
     * @throws NullPointerException if an argument is null
     */
    public Reminder {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        if (monthsBehind < 0) {
            throw new IllegalArgumentException("monthsBehind must not be negative");
        }
    }
}
