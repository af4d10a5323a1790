package org.jobassist.api.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** The indicators block: province lines are the sums of the city lines; bad lines are refused. */
class IndicatorsTest {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final LocalDate AS_OF = LocalDate.of(2021, 9, 30);
    static final DateRange PERIOD = DateRange.of(LocalDate.of(2021, 1, 1), AS_OF);

    static Indicators sample() {
        return Indicators.of(DivisionCode.LIAONING, AS_OF,
                List.of(new Indicators.Clearing(DALIAN, 1, 0, 4, 1), new Indicators.Clearing(SHENYANG, 2, 3, 5, 0),
                        new Indicators.Clearing(ANSHAN, 0, 0, 0, 0)),
                2, PERIOD,
                List.of(new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, DALIAN, 3, 40, 120, Money.ofYuan(60_000)),
                        new LedgerTotal(SubsidyKind.PUBLIC_WELFARE_POST, SHENYANG, 2, 5, 30, Money.parse("50490.00")),
                        new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, SHENYANG, 2, 25, 75, Money.parse("37500.50"))));
    }

    @Test
    void clearingProvinceLineIsTheSumOfTheCities() {
        Indicators indicators = sample();
        // 2+1+0 open, 3+0+0 overdue, 5+4+0 on time, 0+1+0 late.
        assertEquals(new Indicators.Clearing(DivisionCode.LIAONING, 3, 3, 9, 1), indicators.clearingProvince());
        assertEquals(16, indicators.clearingProvince().total());
        assertEquals(2, indicators.notYetIdentified());
        assertEquals(List.of(SHENYANG, DALIAN, ANSHAN),
                indicators.clearingByCity().stream().map(Indicators.Clearing::city).toList());
        assertEquals(Optional.of(new Indicators.Clearing(DALIAN, 1, 0, 4, 1)), indicators.clearing(DALIAN));
        assertEquals(Optional.empty(), indicators.clearing(DivisionCode.of("210400")));
    }

    @Test
    void subsidyProvinceLineIsTheSumOfTheCitiesPerKind() {
        Indicators indicators = sample();
        assertEquals(List.of(
                new LedgerTotal(SubsidyKind.PUBLIC_WELFARE_POST, DivisionCode.LIAONING, 2, 5, 30, Money.parse("50490.00")),
                new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, DivisionCode.LIAONING, 5, 65, 195, Money.parse("97500.50"))),
                indicators.subsidiesProvince());
        assertEquals(new LedgerTotal(SubsidyKind.HIRING, DivisionCode.LIAONING, 0, 0, 0, Money.ZERO),
                indicators.subsidyProvince(SubsidyKind.HIRING));
        // Ordered by kind (enum order: public welfare post before work-for-training), then city.
        assertEquals(List.of(SubsidyKind.PUBLIC_WELFARE_POST, SubsidyKind.WORK_FOR_TRAINING, SubsidyKind.WORK_FOR_TRAINING),
                indicators.subsidiesByCity().stream().map(LedgerTotal::kind).toList());
        assertEquals(List.of(SHENYANG, SHENYANG, DALIAN),
                indicators.subsidiesByCity().stream().map(LedgerTotal::city).toList());
    }

    @Test
    void clearingLineCountsAndOnTimeRate() {
        Indicators.Clearing line = Indicators.Clearing.of(SHENYANG,
                Map.of(ClearingStatus.OPEN, 2, ClearingStatus.CLEARED_ON_TIME, 2, ClearingStatus.CLEARED_LATE, 1));
        assertEquals(new Indicators.Clearing(SHENYANG, 2, 0, 2, 1), line);
        assertEquals(3, line.cleared());
        assertEquals(Optional.of(Ratio.of(2, 3)), line.onTimeRate());
        assertEquals(1, line.count(ClearingStatus.CLEARED_LATE));
        assertEquals(Optional.empty(), new Indicators.Clearing(SHENYANG, 4, 1, 0, 0).onTimeRate());
    }

    @Test
    void equalIndicatorsFromLinesInAnotherOrder() {
        Indicators a = sample();
        List<LedgerTotal> reversed = new ArrayList<>(a.subsidiesByCity());
        Collections.reverse(reversed);
        Indicators b = Indicators.of(DivisionCode.LIAONING, AS_OF,
                List.of(new Indicators.Clearing(ANSHAN, 0, 0, 0, 0), new Indicators.Clearing(SHENYANG, 2, 3, 5, 0),
                        new Indicators.Clearing(DALIAN, 1, 0, 4, 1)),
                2, PERIOD, reversed);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.toString().isEmpty());
    }

    @Test
    void notAProvince() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Indicators.of(SHENYANG, AS_OF, List.of(), 0, PERIOD, List.of()));
        assertEquals(List.of(new Violation("province", "indicators.province",
                "the province must be a province-level division")), e.violations());
        assertFalse(e.getMessage().contains("210100"));
    }

    @Test
    void lineOutsideTheProvinceOrNotACity() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Indicators.of(DivisionCode.LIAONING, AS_OF,
                        List.of(new Indicators.Clearing(DivisionCode.of("110100"), 0, 0, 0, 0)), 0, PERIOD,
                        List.of(new LedgerTotal(SubsidyKind.HIRING, DivisionCode.of("210102"), 1, 1, 1, Money.ZERO))));
        assertEquals(List.of("clearing[0]", "subsidies[0]"), e.violations().stream().map(Violation::path).toList());
        assertEquals(List.of("indicators.city", "indicators.city"), e.violations().stream().map(Violation::code).toList());
        assertFalse(e.getMessage().contains("110100"));
        assertFalse(e.getMessage().contains("210102"));
    }

    @Test
    void duplicateLines() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Indicators.of(DivisionCode.LIAONING, AS_OF,
                        List.of(new Indicators.Clearing(DALIAN, 0, 0, 0, 0), new Indicators.Clearing(DALIAN, 1, 0, 0, 0)),
                        0, PERIOD,
                        List.of(new LedgerTotal(SubsidyKind.HIRING, DALIAN, 1, 1, 1, Money.ZERO),
                                new LedgerTotal(SubsidyKind.START_UP, DALIAN, 1, 1, 1, Money.ZERO),
                                new LedgerTotal(SubsidyKind.HIRING, DALIAN, 2, 2, 2, Money.ZERO))));
        assertEquals(List.of("clearing[1]", "subsidies[2]"), e.violations().stream().map(Violation::path).toList());
        assertEquals("indicators.duplicate-line", e.code());
    }

    @Test
    void negativeCounts() {
        InvalidInputException line = assertThrows(InvalidInputException.class,
                () -> new Indicators.Clearing(DALIAN, -1, 0, 0, -7));
        assertEquals(List.of("open", "clearedLate"), line.violations().stream().map(Violation::path).toList());
        assertEquals("indicators.negative-count", line.code());
        assertFalse(line.getMessage().contains("-7"));
        InvalidInputException total = assertThrows(InvalidInputException.class,
                () -> Indicators.of(DivisionCode.LIAONING, AS_OF, List.of(), -3, PERIOD, List.of()));
        assertEquals(List.of(new Violation("notYetIdentified", "indicators.negative-count", "a count cannot be negative")),
                total.violations());
    }
}
