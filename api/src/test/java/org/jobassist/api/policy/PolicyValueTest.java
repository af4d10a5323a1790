package org.jobassist.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class PolicyValueTest {

    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final LegalBasis BASIS = LegalBasis.of("test-1", "测试", "Test");
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);

    @Test
    void negativeAmountsRatesCountsAndPeriodsAreRejected() {
        assertNegative(() -> PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, FROM, null,
                Money.ofFen(-1), BASIS));
        assertNegative(() -> PolicyValue.of(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, LIAONING, FROM,
                null, Ratio.of(-7, 1000), BASIS));
        assertNegative(() -> PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, LIAONING,
                FROM, null, -1, BASIS));
        assertNegative(() -> PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, LIAONING, FROM,
                null, Period.ofDays(-20), BASIS));
    }

    private static void assertNegative(Runnable creation) {
        InvalidInputException e = assertThrows(InvalidInputException.class, creation::run);
        assertEquals("policy.negative", e.code());
        assertEquals("value", e.violations().get(0).path());
    }

    @Test
    void zeroIsAllowed() {
        assertEquals(Optional.of(Money.ZERO), PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, FROM,
                null, Money.ZERO, BASIS).value());
    }

    @Test
    void effectiveFromAfterEffectiveToIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, TO, FROM, "why"));
        assertEquals("policy.date-order", e.code());
        assertEquals("effectiveTo", e.violations().get(0).path());
    }

    @Test
    void aOneDayPeriodIsFine() {
        PolicyValue<Integer> value = PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS,
                LIAONING, FROM, FROM, 2, BASIS);
        assertTrue(value.isInForceOn(FROM));
        assertFalse(value.isInForceOn(FROM.minusDays(1)));
        assertFalse(value.isInForceOn(FROM.plusDays(1)));
    }

    @Test
    void unknownValueNeedsANote() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, FROM, null, " "));
        assertEquals("policy.required", e.code());
        assertEquals("note", e.violations().get(0).path());
        PolicyValue<Money> unknown = PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, FROM, null, "n");
        assertThrows(InvalidInputException.class, () -> unknown.withNote(null));
        assertTrue(unknown.isUnknown());
        assertEquals(Optional.empty(), unknown.value());
        assertEquals(Optional.empty(), unknown.legalBasis());
    }

    @Test
    void codeSetsAreCopiedAndRejectBlankCodes() {
        Set<String> counties = new java.util.HashSet<>(Set.of("210123"));
        PolicyValue<Set<String>> value = PolicyValue.of(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, LIAONING,
                FROM, null, counties, BASIS);
        counties.add("210124");
        assertEquals(Optional.of(Set.of("210123")), value.value());
        assertThrows(UnsupportedOperationException.class, () -> value.value().orElseThrow().add("x"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyValue.of(
                PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, LIAONING, FROM, null, Set.of(""), BASIS));
        assertEquals("policy.type", e.code());
    }

    @Test
    void equalityCoversEveryField() {
        PolicyValue<Integer> a = PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, LIAONING,
                FROM, null, 2, BASIS);
        PolicyValue<Integer> b = PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, LIAONING,
                FROM, null, 2, BASIS);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.withNote("assumption"));
        assertNotEquals(a, PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, LIAONING,
                FROM, TO, 2, BASIS));
        assertEquals("zero-employment-family.min-working-age-members@210000[2021-01-01..]=2", a.toString());
    }
}
