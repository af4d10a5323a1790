package org.jobassist.testkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate EARLIEST = LocalDate.of(2019, 11, 1);
    private static final LocalDate LATEST = LocalDate.of(2026, 12, 31);

    @Test
    void everyGeneratedRangeParsesFromItsTextAndRoundTrips() {
        Properties.qt().forAll(Dates.mixedRanges(EARLIEST, LATEST)).checkAssert(range -> {
            DateRange parsed = DateRange.parse(range.toString());
            assertEquals(range, parsed);
            assertEquals(range.toString(), parsed.toString());
        });
    }

    @Test
    void datesStayWithinTheirBounds() {
        Properties.qt().forAll(Dates.between(EARLIEST, LATEST)).checkAssert(d ->
                assertFalse(d.isBefore(EARLIEST) || d.isAfter(LATEST), d::toString));
        assertThrows(IllegalArgumentException.class, () -> Dates.between(LATEST, EARLIEST));
    }

    @Test
    void aroundReachesEveryDayEitherSideOfThePivot() {
        LocalDate reform = LocalDate.of(2025, 1, 1);
        Set<LocalDate> seen = new TreeSet<>(Samples.draw(Dates.around(reform, 2), 500, Properties.seed()));
        assertEquals(Set.of(LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), reform,
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3)), seen);
        assertEquals(Set.of(reform), new TreeSet<>(Samples.draw(Dates.around(reform, 0), 10, 1L)));
        assertThrows(IllegalArgumentException.class, () -> Dates.around(reform, -1));
    }

    @Test
    void yearMonthsStayWithinTheirBoundsAcrossYears() {
        YearMonth first = YearMonth.of(2024, 11);
        YearMonth last = YearMonth.of(2025, 2);
        Set<YearMonth> seen = new TreeSet<>(Samples.draw(Dates.yearMonths(first, last), 300, Properties.seed()));
        assertEquals(Set.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1),
                YearMonth.of(2025, 2)), seen);
        assertThrows(IllegalArgumentException.class, () -> Dates.yearMonths(last, first));
    }

    @Test
    void closedRangesLieWithinTheBounds() {
        Properties.qt().forAll(Dates.ranges(EARLIEST, LATEST)).checkAssert(range -> {
            assertFalse(range.isOpenEnded());
            assertTrue(DateRange.of(EARLIEST, LATEST).contains(range), range::toString);
        });
        List<DateRange> ranges = Samples.draw(Dates.ranges(EARLIEST, LATEST), 200, Properties.seed());
        assertTrue(ranges.stream().anyMatch(r -> r.days() == 1), "single days are drawn");
        assertTrue(ranges.stream().anyMatch(r -> r.days() > 31), "long ranges are drawn");
    }

    @Test
    void openRangesAreOpenEndedAndStartWithinTheBounds() {
        Properties.qt().forAll(Dates.openRanges(EARLIEST, LATEST)).checkAssert(range -> {
            assertTrue(range.isOpenEnded());
            assertFalse(range.start().isBefore(EARLIEST) || range.start().isAfter(LATEST));
        });
        List<DateRange> mixed = Samples.draw(Dates.mixedRanges(EARLIEST, LATEST), 200, Properties.seed());
        assertTrue(mixed.stream().anyMatch(DateRange::isOpenEnded));
        assertTrue(mixed.stream().anyMatch(r -> !r.isOpenEnded()));
    }

    @Test
    void birthDatesAcrossTheReformPutOriginalRetirementOnBothSidesOfIt() {
        for (RetirementClass c : RetirementClass.values()) {
            List<LocalDate> births = Samples.draw(Dates.birthDatesAcrossReform(c), 500, Properties.seed());
            YearMonth reform = YearMonth.of(2025, 1);
            assertTrue(births.stream().anyMatch(b -> YearMonth.from(b).plusYears(c.originalAgeYears()).isBefore(reform)));
            assertTrue(births.stream().anyMatch(b -> !YearMonth.from(b).plusYears(c.originalAgeYears()).isBefore(reform)));
            for (LocalDate b : births) {
                YearMonth original = YearMonth.from(b).plusYears(c.originalAgeYears());
                assertFalse(original.isBefore(YearMonth.of(2015, 1)) || original.isAfter(YearMonth.of(2045, 12)), b::toString);
            }
            for (YearMonth m : Samples.draw(Dates.birthMonthsAcrossReform(c), 200, Properties.seed())) {
                YearMonth original = m.plusYears(c.originalAgeYears());
                assertFalse(original.isBefore(YearMonth.of(2015, 1)) || original.isAfter(YearMonth.of(2045, 12)), m::toString);
            }
        }
    }

    @Test
    void retirementClassesAreAllDrawn() {
        assertEquals(Set.of(RetirementClass.values()),
                Set.copyOf(Samples.draw(Dates.retirementClasses(), 100, Properties.seed())));
    }
}
