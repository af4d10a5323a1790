package org.jobassist.api.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * What limits the work a person can take: the longest working day, the longest commute from
 * home, whether the person needs a post suited to a disability (accommodation), and whether
 * the person can work day shifts only.
 *
 * <p>Error codes of the constructor: {@code constraints.hours} (a daily limit outside 1 to 24),
 * {@code constraints.commute} (a negative commute limit).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDailyHours the longest working day in hours, 1 to 24, or empty for no limit
 * @param maxCommuteMetres the longest distance from home to work in metres, not negative, or
 *     empty for no limit
 * @param needsAccommodation whether only posts suited to disabled people fit
 * @param dayShiftOnly whether posts with night shifts do not fit
 */
public record WorkConstraints(OptionalInt maxDailyHours, OptionalInt maxCommuteMetres, boolean needsAccommodation,
        boolean dayShiftOnly) {

    /** No constraints at all. */
    public static final WorkConstraints NONE =
            new WorkConstraints(OptionalInt.empty(), OptionalInt.empty(), false, false);

    /**
     * Checks the limits.
     *
     * @throws InvalidInputException {@code constraints.hours}, {@code constraints.commute}
     * @throws NullPointerException if an optional is null
     */
    public WorkConstraints {
        Objects.requireNonNull(maxDailyHours, "maxDailyHours");
        Objects.requireNonNull(maxCommuteMetres, "maxCommuteMetres");
        List<Violation> faults = new ArrayList<>();
        if (maxDailyHours.isPresent() && (maxDailyHours.getAsInt() < 1 || maxDailyHours.getAsInt() > 24)) {
            faults.add(new Violation("maxDailyHours", "constraints.hours", "a daily limit is 1 to 24 hours"));
        }
        if (maxCommuteMetres.isPresent() && maxCommuteMetres.getAsInt() < 0) {
            faults.add(new Violation("maxCommuteMetres", "constraints.commute",
                    "a commute limit is not negative"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * Constraints with both limits.
     *
     * @param maxDailyHours the longest working day, 1 to 24
     * @param maxCommuteMetres the longest commute, not negative
     * @param needsAccommodation whether only posts suited to disabled people fit
     * @param dayShiftOnly whether night shifts do not fit
     * @return the constraints
     * @throws InvalidInputException {@code constraints.hours}, {@code constraints.commute}
     */
    public static WorkConstraints of(int maxDailyHours, int maxCommuteMetres, boolean needsAccommodation,
            boolean dayShiftOnly) {
        return new WorkConstraints(OptionalInt.of(maxDailyHours), OptionalInt.of(maxCommuteMetres),
                needsAccommodation, dayShiftOnly);
    }
}
