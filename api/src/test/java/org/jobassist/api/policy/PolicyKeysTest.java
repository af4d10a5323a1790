package org.jobassist.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyKeysTest {

    @Test
    void findsKeysByName() {
        assertEquals(Optional.of(PolicyKeys.MINIMUM_WAGE_MONTHLY), PolicyKeys.find("minimum-wage.monthly"));
        assertEquals(Optional.of(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE),
                PolicyKeys.find("unemployment-insurance.rate.employer"));
        assertEquals(Optional.empty(), PolicyKeys.find("minimum-wage.hourly"));
    }

    @Test
    void catalogueHoldsTheKeysLaterFeaturesNeed() {
        assertTrue(PolicyKeys.all().contains(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE));
        assertTrue(PolicyKeys.all().contains(PolicyKeys.CATEGORY_ADJUSTMENT_DATE));
        assertEquals(ValueType.MONEY, PolicyKeys.MINIMUM_WAGE_TIER_4.type());
        assertEquals(ValueType.CODE_SET, PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES.type());
        assertEquals(PolicyKeys.all().size(), PolicyKeys.all().stream().map(PolicyKey::name).distinct().count());
    }

    @Test
    void keyNamesAreKebabCaseInDottedSegments() {
        assertEquals("a.b-c.d1", PolicyKey.text("a.b-c.d1").name());
        for (String bad : new String[] {"", "A", "a..b", "a-", ".a", "a b", "a_b"}) {
            assertThrows(IllegalArgumentException.class, () -> PolicyKey.text(bad), bad);
        }
    }

    @Test
    void keysAreEqualByNameAndType() {
        assertEquals(PolicyKey.monthDay("x.y"), PolicyKey.monthDay("x.y"));
        assertNotEquals(PolicyKey.text("x.y"), PolicyKey.monthDay("x.y"));
        assertEquals(MonthDay.of(1, 2), PolicyKey.monthDay("x.y").cast(MonthDay.of(1, 2)));
        assertThrows(ClassCastException.class, () -> PolicyKey.monthDay("x.y").cast("--01-02"));
        assertThrows(ClassCastException.class, () -> PolicyKey.codeSet("x.y").cast(Set.of(1)));
    }
}
