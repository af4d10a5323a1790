package org.jobassist.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class DateRangeTest {

    private static final LocalDate NEW_YEAR_2021 = LocalDate.of(2021, 1, 1);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(1000);
    }

    private static DateRange range(String text) {
        return DateRange.parse(text);
    }

    @Test
    void singleDayHasOneDayAndOneMonth() {
        DateRange day = DateRange.of(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30));
        assertEquals(day, DateRange.ofDay(LocalDate.of(2021, 6, 30)));
        assertEquals(1, day.days());
        assertEquals(1, day.monthCount());
        assertEquals(List.of(YearMonth.of(2021, 6)), day.months());
        assertEquals(List.of(), day.fullMonths());
        assertTrue(day.contains(LocalDate.of(2021, 6, 30)));
        assertFalse(day.contains(LocalDate.of(2021, 6, 29)));
        assertFalse(day.contains(LocalDate.of(2021, 7, 1)));
        assertEquals("2021-06-30/2021-06-30", day.toString());
    }

    @Test
    void bothEndsAreIncluded() {
        DateRange year = range("2021-01-01/2021-12-31");
        assertTrue(year.contains(NEW_YEAR_2021));
        assertTrue(year.contains(LocalDate.of(2021, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2020, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2022, 1, 1)));
        assertEquals(DateRange.ofYear(2021), year);
    }

    @Test
    void februaryOfALeapYearHas29Days() {
        assertEquals(LocalDate.of(2020, 2, 29), DateRange.ofMonth(YearMonth.of(2020, 2)).end());
        assertEquals(29, DateRange.ofMonth(YearMonth.of(2020, 2)).days());
        assertEquals(28, DateRange.ofMonth(YearMonth.of(2021, 2)).days());
        assertEquals(29, DateRange.ofMonth(YearMonth.of(2000, 2)).days());
        assertEquals(28, DateRange.ofMonth(YearMonth.of(1900, 2)).days());
        assertEquals(366, DateRange.ofYear(2020).days());
        assertEquals(365, DateRange.ofYear(2021).days());
    }

    @Test
    void monthsAcrossAYearBoundary() {
        DateRange r = range("2021-11-15/2022-02-01");
        assertEquals(List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 12), YearMonth.of(2022, 1),
                YearMonth.of(2022, 2)), r.months());
        assertEquals(4, r.monthCount());
        assertEquals(List.of(YearMonth.of(2021, 12), YearMonth.of(2022, 1)), r.fullMonths());
        assertEquals(DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2022, 2, 28)),
                DateRange.ofMonths(YearMonth.of(2021, 11), YearMonth.of(2022, 2)));
    }

    @Test
    void twoDaysCanTouchTwoMonthsWithoutAFullOne() {
        DateRange r = range("2021-01-31/2021-02-01");
        assertEquals(2, r.days());
        assertEquals(2, r.monthCount());
        assertEquals(List.of(), r.fullMonths());
    }

    @Test
    void fullMonthsNeedBothEnds() {
        assertEquals(List.of(YearMonth.of(2021, 2), YearMonth.of(2021, 3), YearMonth.of(2021, 4)),
                range("2021-01-15/2021-04-30").fullMonths());
        assertEquals(List.of(YearMonth.of(2020, 2)), range("2020-02-01/2020-02-29").fullMonths());
        assertEquals(List.of(), range("2020-02-01/2020-02-28").fullMonths());
    }

    @Test
    void openEndRunsForever() {
        DateRange open = DateRange.startingOn(NEW_YEAR_2021);
        assertTrue(open.isOpenEnded());
        assertEquals(LocalDate.MAX, open.end());
        assertEquals("2021-01-01/..", open.toString());
        assertEquals(open, DateRange.parse("2021-01-01/.."));
        assertEquals(open, DateRange.of(NEW_YEAR_2021, LocalDate.MAX));
        assertTrue(open.contains(LocalDate.of(2999, 12, 31)));
        assertFalse(open.contains(LocalDate.of(2020, 12, 31)));
        assertTrue(open.overlaps(range("2020-01-01/2021-01-01")));
        assertTrue(open.contains(range("2030-01-01/2030-12-31")));
        assertEquals(Optional.of(range("2021-01-01/2021-03-31")), open.intersection(range("2020-06-01/2021-03-31")));
        assertEquals(Optional.of(DateRange.startingOn(LocalDate.of(2022, 1, 1))),
                open.intersection(DateRange.startingOn(LocalDate.of(2022, 1, 1))));
        assertFalse(range("2021-01-01/2021-12-31").isOpenEnded());
    }

    @Test
    void openEndHasNoLength() {
        DateRange open = DateRange.startingOn(NEW_YEAR_2021);
        assertThrows(IllegalStateException.class, open::days);
        assertThrows(IllegalStateException.class, open::months);
        assertThrows(IllegalStateException.class, open::monthCount);
        assertThrows(IllegalStateException.class, open::fullMonths);
    }

    @Test
    void overlapIncludesASharedEndDay() {
        DateRange a = range("2021-01-01/2021-06-30");
        DateRange b = range("2021-06-30/2021-12-31");
        assertTrue(a.overlaps(b));
        assertTrue(b.overlaps(a));
        assertEquals(Optional.of(DateRange.ofDay(LocalDate.of(2021, 6, 30))), a.intersection(b));
        assertFalse(a.isFollowedBy(b));
    }

    @Test
    void adjacentRangesDoNotOverlap() {
        DateRange first = range("2019-11-01/2021-10-31");
        DateRange second = range("2021-11-01/..");
        assertFalse(first.overlaps(second));
        assertEquals(Optional.empty(), first.intersection(second));
        assertTrue(first.isFollowedBy(second));
        assertTrue(second.follows(first));
        assertTrue(first.isAdjacentTo(second));
        assertTrue(second.isAdjacentTo(first));
        assertFalse(second.isFollowedBy(first));
        assertFalse(first.follows(second));
    }

    @Test
    void aGapIsNotAdjacent() {
        DateRange first = range("2021-01-01/2021-06-29");
        DateRange second = range("2021-07-01/2021-12-31");
        assertFalse(first.isFollowedBy(second));
        assertFalse(first.isAdjacentTo(second));
        assertFalse(first.overlaps(second));
    }

    @Test
    void anOpenRangeIsFollowedByNothing() {
        DateRange open = DateRange.startingOn(NEW_YEAR_2021);
        assertFalse(open.isFollowedBy(DateRange.startingOn(LocalDate.MAX)));
        assertFalse(DateRange.startingOn(LocalDate.MAX).follows(open));
    }

    @Test
    void containmentOfRanges() {
        DateRange year = DateRange.ofYear(2021);
        assertTrue(year.contains(year));
        assertTrue(year.contains(DateRange.ofMonth(YearMonth.of(2021, 12))));
        assertFalse(year.contains(range("2021-12-01/2022-01-01")));
        assertFalse(year.contains(DateRange.startingOn(NEW_YEAR_2021)));
    }

    @Test
    void startAfterEndIsOrder() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DateRange.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 31)));
        assertEquals("date-range.order", e.code());
        assertEquals("end", e.violations().get(0).path());
        assertEquals("date-range.order", assertThrows(InvalidInputException.class,
                () -> DateRange.parse("2021-12-31/2021-01-01")).code());
        assertEquals("date-range.order", assertThrows(InvalidInputException.class,
                () -> DateRange.ofMonths(YearMonth.of(2021, 2), YearMonth.of(2021, 1))).code());
        assertTrue(DateRange.tryParse("2021-12-31/2021-01-01").isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" is date-range.format")
    @ValueSource(strings = {"", "2021-01-01", "2021-01-01/", "/2021-12-31", "2021-01-01/2021-12-31/2022-01-01",
        "2021-13-01/2021-12-31", "2021-02-30/2021-12-31", "a/b", "../2021-12-31", "2021-01-01/...",
        "2021-1-1/2021-12-31", "20210101/20211231"})
    void malformedTextIsFormat(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DateRange.parse(text));
        assertEquals("date-range.format", e.code());
        if (!text.isEmpty()) {
            assertFalse(e.getMessage().contains(text), e.getMessage());
        }
        assertTrue(DateRange.tryParse(text).isEmpty());
    }

    @Test
    void orderIsByStartThenEnd() {
        List<DateRange> sorted = new ArrayList<>(List.of(DateRange.startingOn(NEW_YEAR_2021),
                range("2021-01-01/2021-01-31"), range("2020-01-01/2020-12-31")));
        sorted.sort(null);
        assertEquals(List.of(range("2020-01-01/2020-12-31"), range("2021-01-01/2021-01-31"),
                DateRange.startingOn(NEW_YEAR_2021)), sorted);
    }

    @Test
    void overlapIntersectionAndLengthsAgree() {
        LocalDate base = LocalDate.of(2019, 1, 1);
        Gen<DateRange> ranges = integers().between(0, 1500).zip(integers().between(0, 400),
                (from, length) -> DateRange.of(base.plusDays(from), base.plusDays(from + length)));
        qt().forAll(ranges, ranges).checkAssert((a, b) -> {
            Optional<DateRange> common = a.intersection(b);
            assertEquals(a.overlaps(b), common.isPresent());
            assertEquals(a.intersection(b), b.intersection(a));
            common.ifPresent(c -> {
                assertTrue(a.contains(c));
                assertTrue(b.contains(c));
                assertTrue(a.contains(c.start()) && b.contains(c.end()));
            });
            long monthDays = 0;
            for (YearMonth m : a.months()) {
                monthDays += DateRange.ofMonth(m).intersection(a).orElseThrow().days();
            }
            assertEquals(a.days(), monthDays);
            assertEquals(a.monthCount(), a.months().size());
            assertEquals(a, DateRange.parse(a.toString()));
        });
    }
}
