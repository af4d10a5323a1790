package org.jobassist.impl.internal.zef;

import java.time.LocalDate;
import java.time.Year;

/** Age arithmetic without allocation, for the fast path. */
final class WorkingAge {

    private WorkingAge() {}

    /**
     * Whether {@code asOf} is on or after {@code birth.plusYears(years)}, as java.time counts
     * it (a 29 February birthday falls on 28 February in a common year), without building the
     * date.
     */
    static boolean hasReachedAge(LocalDate birth, int years, LocalDate asOf) {
        int targetYear = birth.getYear() + years;
        int year = asOf.getYear();
        if (year != targetYear) {
            return year > targetYear;
        }
        int month = birth.getMonthValue();
        int day = birth.getDayOfMonth();
        if (month == 2 && day == 29 && !Year.isLeap(targetYear)) {
            day = 28;
        }
        int asOfMonth = asOf.getMonthValue();
        if (asOfMonth != month) {
            return asOfMonth > month;
        }
        return asOf.getDayOfMonth() >= day;
    }
}
