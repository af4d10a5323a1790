package org.jobassist.api.person;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;

/**
 * One shared instance of each equal date and county that person records hold, so that a
 * million records do not each keep their own copies: fewer bytes, and a batch that reads many
 * records finds the shared instances in the cache instead of each record's own in memory.
 * Both caches are bounded (the days of {@value #FIRST_YEAR} to {@value #LAST_YEAR}; counties
 * until about {@value #MAX_COUNTIES} are kept, a few more when threads race at the limit, far
 * more than the country's some 2,800): a value outside them is kept as given. Callers see only
 * equal values, never a difference. Thread-safe.
 */
final class Canonical {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final int MAX_COUNTIES = 8192;

    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
    private static final AtomicReferenceArray<LocalDate> DAYS =
            new AtomicReferenceArray<>((int) (LAST_DAY - FIRST_DAY + 1));
    private static final ConcurrentHashMap<DivisionCode, DivisionCode> COUNTIES = new ConcurrentHashMap<>();

    private Canonical() {}

    /** The shared instance equal to {@code day}, or {@code day} itself outside the cached years. */
    static LocalDate day(LocalDate day) {
        long d = day.toEpochDay();
        if (d < FIRST_DAY || d > LAST_DAY) {
            return day;
        }
        int i = (int) (d - FIRST_DAY);
        LocalDate shared = DAYS.get(i);
        if (shared != null) {
            return shared;
        }
        // A lost race keeps the winner's instance: the two are equal.
        return DAYS.compareAndExchange(i, null, day) == null ? day : DAYS.get(i);
    }

    /** A range equal to {@code spell} over shared days; {@code spell} itself if its days are already shared. */
    static DateRange spell(DateRange spell) {
        LocalDate start = day(spell.start());
        LocalDate end = day(spell.end());
        return start == spell.start() && end == spell.end() ? spell : DateRange.of(start, end);
    }

    /** The shared instance equal to {@code county}, or {@code county} itself once the cache is full. */
    static DivisionCode county(DivisionCode county) {
        DivisionCode shared = COUNTIES.get(county);
        if (shared != null) {
            return shared;
        }
        if (COUNTIES.size() >= MAX_COUNTIES) {
            return county;
        }
        shared = COUNTIES.putIfAbsent(county, county);
        return shared == null ? county : shared;
    }
}
