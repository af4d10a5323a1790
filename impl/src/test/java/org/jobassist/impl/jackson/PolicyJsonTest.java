package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Set;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** Policy values and resolved values are written (not read) in the shape of a pack entry. */
class PolicyJsonTest {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final LegalBasis WAGE = LegalBasis.of("辽政发〔2021〕26号", "关于调整全省最低工资标准的通知",
            "Notice on adjusting the minimum wage");
    static final String WAGE_JSON = "{\"documentNumber\":\"辽政发〔2021〕26号\",\"titleZh\":\"关于调整全省最低工资标准的通知\","
            + "\"titleEn\":\"Notice on adjusting the minimum wage\"}";

    @Test
    void knownMoneyValue() {
        PolicyValue<Money> value = PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, SHENYANG,
                LocalDate.of(2021, 11, 1), null, Money.ofYuan(1910), WAGE);
        assertEquals("{\"key\":\"minimum-wage.monthly\",\"jurisdiction\":\"210100\",\"effectiveFrom\":\"2021-11-01\","
                + "\"value\":\"1910.00\",\"legalBasis\":" + WAGE_JSON + "}", write(value));
    }

    @Test
    void unknownValueWithNoteAndEnd() {
        PolicyValue<Money> value = PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_MONTHLY, SHENYANG,
                LocalDate.of(2019, 11, 1), LocalDate.of(2021, 10, 31), "not published");
        assertEquals("{\"key\":\"minimum-wage.monthly\",\"jurisdiction\":\"210100\",\"effectiveFrom\":\"2019-11-01\","
                + "\"effectiveTo\":\"2021-10-31\",\"unknown\":true,\"note\":\"not published\"}", write(value));
    }

    @Test
    void everyValueTypeInItsPackForm() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        assertEquals("\"0.007\"", valueOf(PolicyValue.of(PolicyKey.ratio("r"), SHENYANG, from, null,
                Ratio.of(7, 1000), WAGE)));
        assertEquals("2", valueOf(PolicyValue.of(PolicyKey.count("c"), SHENYANG, from, null, 2, WAGE)));
        assertEquals("\"P20D\"", valueOf(PolicyValue.of(PolicyKey.duration("d"), SHENYANG, from, null,
                Period.ofDays(20), WAGE)));
        assertEquals("\"2021-07-01\"", valueOf(PolicyValue.of(PolicyKey.date("t"), SHENYANG, from, null,
                LocalDate.of(2021, 7, 1), WAGE)));
        assertEquals("\"--01-02\"", valueOf(PolicyValue.of(PolicyKey.monthDay("m"), SHENYANG, from, null,
                MonthDay.of(1, 2), WAGE)));
        assertEquals("[\"210115\"]", valueOf(PolicyValue.of(PolicyKey.codeSet("s"), SHENYANG, from, null,
                Set.of("210115"), WAGE)));
        assertEquals("\"free\"", valueOf(PolicyValue.of(PolicyKey.text("x"), SHENYANG, from, null, "free", WAGE)));
    }

    @Test
    void resolvedValueForAudit() {
        PolicyValue<Money> source = PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, SHENYANG,
                LocalDate.of(2021, 11, 1), null, Money.ofYuan(1910), WAGE).withNote("tier 1");
        ResolvedValue<Money> resolved = new ResolvedValue<>(source, LIAOZHONG, LocalDate.of(2021, 12, 1),
                "liaoning", "2021.1");
        assertEquals("{\"key\":\"minimum-wage.monthly\",\"value\":\"1910.00\",\"requestedJurisdiction\":\"210115\","
                + "\"date\":\"2021-12-01\",\"jurisdiction\":\"210100\",\"effectiveFrom\":\"2021-11-01\","
                + "\"legalBasis\":" + WAGE_JSON + ",\"note\":\"tier 1\",\"packId\":\"liaoning\",\"packVersion\":\"2021.1\"}",
                write(resolved));
    }

    private static String valueOf(PolicyValue<?> value) {
        String json = write(value);
        int start = json.indexOf("\"value\":") + "\"value\":".length();
        int end = json.indexOf(",\"legalBasis\"");
        return json.substring(start, end);
    }
}
