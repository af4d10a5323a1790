package org.jobassist.api.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A range of calendar days (日期区间) with an <strong>inclusive</strong> start and an
 * <strong>inclusive</strong> end: {@code 2021-01-01/2021-12-31} is the whole of 2021 and a
 * range whose start equals its end is one day. Inclusive ends are how policy documents write
 * validity periods ("自2021年1月1日起至2021年12月31日止").
 *
 * <p><b>Open end.</b> A range that has no end yet (a policy value in force "until further
 * notice") ends on {@link LocalDate#MAX}; build it with {@link #startingOn(LocalDate)} and
 * ask {@link #isOpenEnded()}. Its text form ends in {@code ..}, as in ISO 8601-2:
 * {@code 2021-01-01/..}. Containment, overlap and intersection treat it as running forever;
 * counting its days or months is refused. There is no open start.
 *
 * <p><b>Text form.</b> {@code start/end} with ISO dates, for example
 * {@code 2021-01-01/2021-12-31}, or {@code 2021-01-01/..}; {@link #parse(CharSequence)}
 * reads what {@link #toString()} writes.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code date-range.order}: the start is after the end;</li>
 *   <li>{@code date-range.format}: text that is not {@code start/end} with ISO dates.</li>
 * </ul>
 *
 * <p>Natural order: by start, then by end. Immutable and thread-safe.
 */
public final class DateRange implements Comparable<DateRange> {

    /** The text that stands for an open end. */
    public static final String OPEN_END = "..";

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * The days from {@code start} to {@code endInclusive}, both included.
     *
     * @param start the first day
     * @param endInclusive the last day, not before {@code start}; {@link LocalDate#MAX} for an
     *     open end
     * @return the range
     * @throws InvalidInputException with code {@code date-range.order} if {@code start} is
     *     after {@code endInclusive}
     * @throws NullPointerException if an argument is null
     */
    public static DateRange of(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (start.isAfter(endInclusive)) {
            throw new InvalidInputException(new Violation("end", "date-range.order",
                    "the start of a date range must not be after its end"));
        }
        return new DateRange(start, endInclusive);
    }

    /**
     * The single day {@code day}.
     *
     * @param day the day
     * @return the one-day range
     * @throws NullPointerException if {@code day} is null
     */
    public static DateRange ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new DateRange(day, day);
    }

    /**
     * An open-ended range from {@code start} on, ending on {@link LocalDate#MAX}.
     *
     * @param start the first day
     * @return the open-ended range
     * @throws NullPointerException if {@code start} is null
     */
    public static DateRange startingOn(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return new DateRange(start, LocalDate.MAX);
    }

    /**
     * The whole calendar month {@code month}, from its first to its last day.
     *
     * @param month the month
     * @return the range of the month
     * @throws NullPointerException if {@code month} is null
     */
    public static DateRange ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The calendar months {@code first} to {@code last}, both whole and included.
     *
     * @param first the first month
     * @param last the last month, not before {@code first}
     * @return the range from the first day of {@code first} to the last day of {@code last}
     * @throws InvalidInputException with code {@code date-range.order} if {@code first} is
     *     after {@code last}
     * @throws NullPointerException if an argument is null
     */
    public static DateRange ofMonths(YearMonth first, YearMonth last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        return of(first.atDay(1), last.atEndOfMonth());
    }

    /**
     * The whole calendar year {@code year}.
     *
     * @param year the year, within the range of {@link LocalDate}
     * @return the range from 1 January to 31 December
     * @throws java.time.DateTimeException if {@code year} is out of range
     */
    public static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Reads {@code start/end} with ISO dates ({@code 2021-01-01/2021-12-31}) or an open end
     * ({@code 2021-01-01/..}). Surrounding white space is ignored.
     *
     * @param text the text
     * @return the range
     * @throws InvalidInputException with code {@code date-range.format} for malformed text or
     *     {@code date-range.order} if the start is after the end
     * @throws NullPointerException if {@code text} is null
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw badFormat();
        }
        String endText = s.substring(slash + 1);
        try {
            LocalDate start = LocalDate.parse(s.substring(0, slash));
            return OPEN_END.equals(endText) ? startingOn(start) : of(start, LocalDate.parse(endText));
        } catch (DateTimeParseException e) {
            throw badFormat();
        }
    }

    /**
     * Like {@link #parse(CharSequence)}, but answers an empty {@code Optional} for bad text.
     *
     * @param text the text
     * @return the range, or empty if the text is not a valid range
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<DateRange> tryParse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return Optional.of(parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The first day, included.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The last day, included; {@link LocalDate#MAX} when open-ended.
     *
     * @return the end
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Whether this range has no end (ends on {@link LocalDate#MAX}).
     *
     * @return true if open-ended
     */
    public boolean isOpenEnded() {
        return end.equals(LocalDate.MAX);
    }

    /**
     * Whether {@code day} lies in this range, ends included.
     *
     * @param day the day
     * @return true if {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether every day of {@code other} lies in this range.
     *
     * @param other the other range
     * @return true if {@code other} is inside this range (a range contains itself)
     */
    public boolean contains(DateRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Whether the two ranges share at least one day.
     *
     * @param other the other range
     * @return true if some day lies in both
     */
    public boolean overlaps(DateRange other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /**
     * The days the two ranges share.
     *
     * @param other the other range
     * @return the common range, or empty if they do not overlap
     */
    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(s, e));
    }

    /**
     * Whether {@code next} starts on the day after this range ends: no gap and no overlap,
     * as consecutive versions of a policy value must be.
     *
     * @param next the range that should come next
     * @return true if {@code end + 1 day == next.start}; false if this range is open-ended
     */
    public boolean isFollowedBy(DateRange next) {
        return !isOpenEnded() && end.plusDays(1).equals(next.start);
    }

    /**
     * Whether this range starts on the day after {@code previous} ends; the mirror of
     * {@link #isFollowedBy(DateRange)}.
     *
     * @param previous the range that should come before
     * @return true if {@code previous.end + 1 day == start}
     */
    public boolean follows(DateRange previous) {
        return previous.isFollowedBy(this);
    }

    /**
     * Whether the two ranges touch without overlapping, in either order.
     *
     * @param other the other range
     * @return true if one follows the other directly
     */
    public boolean isAdjacentTo(DateRange other) {
        return isFollowedBy(other) || other.isFollowedBy(this);
    }

    /**
     * The number of days in this range, both ends counted: a one-day range has 1, the year
     * 2020 has 366.
     *
     * @return the number of days, at least 1
     * @throws IllegalStateException if this range is open-ended
     */
    public long days() {
        requireClosed();
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The calendar months this range touches, wholly or in part, in order:
     * {@code 2021-01-31/2021-02-01} touches 2021-01 and 2021-02.
     *
     * @return an unmodifiable list of at least one month
     * @throws IllegalStateException if this range is open-ended
     */
    public List<YearMonth> months() {
        long count = monthCount();
        List<YearMonth> months = new ArrayList<>((int) Math.min(count, Integer.MAX_VALUE));
        YearMonth m = YearMonth.from(start);
        for (long i = 0; i < count; i++) {
            months.add(m);
            m = m.plusMonths(1);
        }
        return Collections.unmodifiableList(months);
    }

    /**
     * The number of calendar months this range touches, wholly or in part: a single day counts
     * one month, {@code 2021-01-31/2021-02-01} counts two.
     *
     * @return the number of months, at least 1
     * @throws IllegalStateException if this range is open-ended
     */
    public long monthCount() {
        requireClosed();
        return ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
    }

    /**
     * The calendar months that lie wholly inside this range, in order: for
     * {@code 2021-01-15/2021-04-30} they are 2021-02, 2021-03 and 2021-04.
     *
     * @return an unmodifiable list, possibly empty
     * @throws IllegalStateException if this range is open-ended
     */
    public List<YearMonth> fullMonths() {
        List<YearMonth> result = new ArrayList<>();
        for (YearMonth m : months()) {
            if (!m.atDay(1).isBefore(start) && !m.atEndOfMonth().isAfter(end)) {
                result.add(m);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Orders by start, then by end.
     *
     * @param other the range to compare with
     * @return negative, zero or positive as this range sorts before, with or after
     *     {@code other}
     */
    @Override
    public int compareTo(DateRange other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    /**
     * Two ranges are equal when they have the same start and end.
     *
     * @param o the other object
     * @return true if {@code o} is the same range
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && start.equals(r.start) && end.equals(r.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    /**
     * The text form {@code 2021-01-01/2021-12-31}, or {@code 2021-01-01/..} when open-ended.
     *
     * @return the text, which {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return start + "/" + (isOpenEnded() ? OPEN_END : end.toString());
    }

    private void requireClosed() {
        if (isOpenEnded()) {
            throw new IllegalStateException("an open-ended range has no finite length");
        }
    }

    private static InvalidInputException badFormat() {
        return new InvalidInputException(Violation.of("date-range.format",
                "a date range is start/end in ISO dates, such as 2020-01-01/2020-12-31, or start/.. for an open end"));
    }
}
