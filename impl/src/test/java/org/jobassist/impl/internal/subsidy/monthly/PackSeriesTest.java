package org.jobassist.impl.internal.subsidy.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

class PackSeriesTest {

    private static final DivisionCode PROVINCE = DivisionCode.of("210000");
    private static final DivisionCode CITY = DivisionCode.of("210100");
    private static final DivisionCode COUNTY = DivisionCode.of("210102");
    private static final DivisionCode OTHER_COUNTY = DivisionCode.of("210115");
    private static final PolicyKey<Money> WAGE = PolicyKeys.MINIMUM_WAGE_MONTHLY;

    /** Every jurisdiction the pack names, plus a county and a city that set nothing of their own. */
    private static Set<DivisionCode> jurisdictions(PolicyPack pack) {
        Set<DivisionCode> all = new LinkedHashSet<>();
        for (PolicyValue<?> v : pack.values()) {
            all.add(v.jurisdiction());
        }
        all.add(DivisionCode.of("210102"));
        all.add(DivisionCode.of("211400"));
        all.add(DivisionCode.of("211481"));
        return all;
    }

    private static List<LocalDate> firstDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2036, 1, 1)); d = d.plusMonths(1)) {
            days.add(d);
            days.add(d.plusDays(14));
        }
        return days;
    }

    @Test
    void answersWhatThePackAnswersForEveryKeyJurisdictionAndMonth() {
        PolicyPack pack = PolicyPacks.liaoning();
        int answered = 0;
        for (PolicyKey<?> key : PolicyKeys.all()) {
            answered += compare(pack, key);
        }
        // The comparison must have seen real answers, not only failures on both sides.
        assertTrue(answered > 10_000, "answered " + answered);
    }

    private static <T> int compare(PolicyPack pack, PolicyKey<T> key) {
        PackSeries<T> series = new PackSeries<>(pack, key);
        int answered = 0;
        for (DivisionCode j : jurisdictions(pack)) {
            for (LocalDate day : firstDays()) {
                ResolvedValue<T> expected;
                try {
                    expected = pack.resolve(key, j, day);
                } catch (PolicyValueUnavailableException e) {
                    PolicyValueUnavailableException actual = assertThrows(PolicyValueUnavailableException.class,
                            () -> series.resolve(j, day));
                    assertEquals(e.getMessage(), actual.getMessage());
                    continue;
                }
                assertEquals(expected, series.resolve(j, day), key + " " + j + " " + day);
                answered++;
            }
        }
        return answered;
    }

    @Test
    void handsOutTheSameEntryEachTime() {
        PackSeries<Money> series = new PackSeries<>(PolicyPacks.liaoning(), WAGE);
        ResolvedValue<Money> first = series.resolve(COUNTY, LocalDate.of(2022, 3, 1));
        ResolvedValue<Money> again = series.resolve(COUNTY, LocalDate.of(2022, 3, 2));
        assertSame(first.source(), again.source());
        assertEquals(LocalDate.of(2022, 3, 2), again.date());
        assertEquals(COUNTY, again.requestedJurisdiction());
    }

    @Test
    void theMostSpecificEntryWinsAndAnUnknownOneStopsTheWalk() {
        LocalDate start = LocalDate.of(2021, 1, 1);
        LocalDate change = LocalDate.of(2022, 1, 1);
        PolicyPack pack = PolicyPack.builder().id("t").version("1").jurisdiction(PROVINCE)
                .add(PolicyValue.of(WAGE, PROVINCE, start, null, Money.ofYuan(1_000), StatutoryRetirement.REFORM_DECISION))
                .add(PolicyValue.of(WAGE, CITY, start, change.minusDays(1), Money.ofYuan(2_000),
                        StatutoryRetirement.REFORM_DECISION))
                .add(PolicyValue.unknown(WAGE, CITY, change, null, "not published"))
                .add(PolicyValue.of(WAGE, OTHER_COUNTY, start, null, Money.ofYuan(3_000),
                        StatutoryRetirement.REFORM_DECISION))
                .build();
        PackSeries<Money> series = new PackSeries<>(pack, WAGE);
        assertEquals(Money.ofYuan(2_000), series.resolve(COUNTY, start).value());
        assertEquals(Money.ofYuan(3_000), series.resolve(OTHER_COUNTY, change).value());
        assertEquals(Money.ofYuan(1_000), series.resolve(DivisionCode.of("210200"), change).value());
        PolicyValueUnavailableException unknown = assertThrows(PolicyValueUnavailableException.class,
                () -> series.resolve(COUNTY, change));
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, unknown.code());
        PolicyValueUnavailableException missing = assertThrows(PolicyValueUnavailableException.class,
                () -> series.resolve(COUNTY, start.minusDays(1)));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, missing.code());
    }

    @Test
    void monthAnswersAreThePacksForTheFirstDayCachedOrNot() {
        PolicyPack pack = PolicyPacks.liaoning();
        int answered = 0;
        for (PolicyKey<?> key : PolicyKeys.all()) {
            answered += compareMonths(pack, key);
        }
        assertTrue(answered > 5_000, "answered " + answered);
    }

    private static <T> int compareMonths(PolicyPack pack, PolicyKey<T> key) {
        PackSeries<T> series = new PackSeries<>(pack, key);
        int answered = 0;
        // Twice over: the second pass reads the cache, which must answer the same.
        for (int pass = 0; pass < 2; pass++) {
            for (DivisionCode j : jurisdictions(pack)) {
                for (YearMonth month = YearMonth.of(2019, 1); month.isBefore(YearMonth.of(2036, 1));
                     month = month.plusMonths(1)) {
                    LocalDate day = month.atDay(1);
                    YearMonth asked = month;
                    ResolvedValue<T> expected;
                    try {
                        expected = pack.resolve(key, j, day);
                    } catch (PolicyValueUnavailableException e) {
                        PolicyValueUnavailableException actual = assertThrows(PolicyValueUnavailableException.class,
                                () -> series.resolveMonth(j, asked));
                        assertEquals(e.getMessage(), actual.getMessage());
                        continue;
                    }
                    assertEquals(expected, series.resolveMonth(j, month), key + " " + j + " " + month);
                    answered++;
                }
            }
        }
        return answered;
    }

    @Test
    void aMonthAnswerIsKeptWithinTheCachedYearsAndBuiltOutsideThem() {
        LocalDate start = LocalDate.of(1990, 1, 1);
        PolicyPack pack = PolicyPack.builder().id("t").version("1").jurisdiction(PROVINCE)
                .add(PolicyValue.of(WAGE, PROVINCE, start, null, Money.ofYuan(1_000), StatutoryRetirement.REFORM_DECISION))
                .build();
        PackSeries<Money> series = new PackSeries<>(pack, WAGE);
        YearMonth inside = YearMonth.of(PackSeries.FIRST_CACHED_YEAR, 1);
        assertSame(series.resolveMonth(COUNTY, inside), series.resolveMonth(COUNTY, inside));
        assertEquals(inside.atDay(1), series.resolveMonth(COUNTY, inside).date());
        YearMonth last = YearMonth.of(PackSeries.LAST_CACHED_YEAR, 12);
        assertSame(series.resolveMonth(COUNTY, last), series.resolveMonth(COUNTY, last));
        for (YearMonth outside : List.of(inside.minusMonths(1), last.plusMonths(1))) {
            ResolvedValue<Money> value = series.resolveMonth(COUNTY, outside);
            assertEquals(pack.resolve(WAGE, COUNTY, outside.atDay(1)), value);
            assertEquals(outside.atDay(1), value.date());
        }
        assertEquals(COUNTY, series.resolveMonth(COUNTY, inside).requestedJurisdiction());
        assertEquals(CITY, series.resolveMonth(CITY, inside).requestedJurisdiction());
    }
}
