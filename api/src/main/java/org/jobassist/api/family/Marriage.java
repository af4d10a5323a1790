package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A marriage (婚姻) between two people from the day it was registered, and how and when it
 * ended, if it has. The marriage is in force on every day from {@code start} to {@code end},
 * both included; it also ends on the death of either spouse even when no end is recorded.
 *
 * <p>Error codes (paths relative to the marriage; a builder puts {@code marriages[i]} in front):
 * {@code kinship.date-order} (path {@code end}) if the end is before the start;
 * {@code kinship.marriage-end} (path {@code endReason}) if exactly one of end and end reason is
 * given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param a one spouse
 * @param b the other spouse
 * @param start the day the marriage began
 * @param end the last day of the marriage, or null while it lasts
 * @param endReason how it ended, or null while it lasts
 */
public record Marriage(PersonId a, PersonId b, LocalDate start, LocalDate end, MarriageEnd endReason) {

    /**
     * Validates the marriage on its own; the graph checks it against the people and the other
     * marriages.
     *
     * @throws InvalidInputException with codes {@code kinship.date-order} or
     *     {@code kinship.marriage-end}
     * @throws NullPointerException if {@code a}, {@code b} or {@code start} is null
     */
    public Marriage {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(start, "start");
        if ((end == null) != (endReason == null)) {
            throw new InvalidInputException(new Violation("endReason", "kinship.marriage-end",
                    "a marriage's end date and end reason go together"));
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidInputException(new Violation("end", "kinship.date-order",
                    "a marriage must not end before it starts"));
        }
    }

    /**
     * A marriage in force from {@code start}.
     *
     * @param a one spouse
     * @param b the other spouse
     * @param start the day it began
     * @return the marriage
     * @throws NullPointerException if an argument is null
     */
    public static Marriage of(PersonId a, PersonId b, LocalDate start) {
        return new Marriage(a, b, start, null, null);
    }

    /**
     * This marriage, ended on {@code date} by {@code reason}.
     *
     * @param date the last day of the marriage
     * @param reason divorce or death
     * @return a copy with the end set
     * @throws InvalidInputException with code {@code kinship.date-order} if before the start
     * @throws NullPointerException if an argument is null
     */
    public Marriage endedOn(LocalDate date, MarriageEnd reason) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        return new Marriage(a, b, start, date, reason);
    }

    /**
     * The recorded last day.
     *
     * @return the end, or empty while the marriage lasts
     */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    /**
     * Whether {@code person} is one of the spouses.
     *
     * @param person the person
     * @return true if {@code person} is {@code a} or {@code b}
     */
    public boolean involves(PersonId person) {
        return a.equals(person) || b.equals(person);
    }
}
