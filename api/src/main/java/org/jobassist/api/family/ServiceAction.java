package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One service given to a zero-employment family while its case is open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day of the service
 * @param kind the kind of service
 * @param note a free note, possibly empty; must not hold personal data
 */
public record ServiceAction(LocalDate date, ServiceActionKind kind, String note) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if any field is null
     */
    public ServiceAction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A service action.
     *
     * @param date the day
     * @param kind the kind
     * @param note a note, possibly empty
     * @return the action
     * @throws NullPointerException if any argument is null
     */
    public static ServiceAction of(LocalDate date, ServiceActionKind kind, String note) {
        return new ServiceAction(date, kind, note);
    }
}
