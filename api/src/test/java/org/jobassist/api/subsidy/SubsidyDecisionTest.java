package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class SubsidyDecisionTest {

    /** The worked example of DOMAIN §5: Beijing Chaoyang, born 1949-12-31, female, check X. */
    static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    static final String MASKED = "110105********002X";
    static final Beneficiary PERSON = Beneficiary.person(ID);
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final List<YearMonth> THREE_MONTHS =
            List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 12), YearMonth.of(2022, 1));

    static SubsidyDecision.Builder eligible() {
        return SubsidyDecision.builder(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, PERSON, LIAOZHONG)
                .person(ID)
                .component("pension", Money.parse("300.00"))
                .component("medical", Money.parse("100.50"))
                .months(THREE_MONTHS)
                .rounding(Rounding.of("pension", Ratio.of(30000), RoundingMode.HALF_UP));
    }

    @Test
    void totalIsTheMonthlyAmountTimesTheMonths() {
        SubsidyDecision decision = eligible().build();
        assertTrue(decision.isEligible());
        // 300.00 + 100.50 = 400.50 a month; 3 months: 1201.50.
        assertEquals(Optional.of(Money.parse("400.50")), decision.monthlyAmount());
        assertEquals(Money.parse("1201.50"), decision.total());
        assertEquals(THREE_MONTHS, decision.months());
        assertEquals(Optional.of(ID), decision.person());
        assertEquals(2, decision.components().size());
        assertEquals(1, decision.roundings().size());
    }

    @Test
    void anIneligibleDecisionHasNoAmountAndNoMonths() {
        SubsidyDecision no = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, PERSON, LIAOZHONG)
                .ineligible("public-welfare-post.placements-exhausted", "two placements already")
                .build();
        assertFalse(no.isEligible());
        assertEquals(Money.ZERO, no.total());
        assertEquals(Optional.empty(), no.monthlyAmount());
        assertTrue(no.months().isEmpty());
        assertTrue(no.components().isEmpty());
        assertEquals("public-welfare-post.placements-exhausted", no.ineligibilities().get(0).code());

        assertThrows(IllegalArgumentException.class, () -> eligible().ineligible("x.y", "no").build());
        assertThrows(IllegalArgumentException.class,
                () -> SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, PERSON, LIAOZHONG)
                        .ineligible("x.y", "no").months(THREE_MONTHS).build());
    }

    @Test
    void monthsMustBeDistinctAndInOrder() {
        assertThrows(IllegalArgumentException.class, () -> eligible()
                .months(List.of(YearMonth.of(2021, 12), YearMonth.of(2021, 11))).build());
        assertThrows(IllegalArgumentException.class, () -> eligible()
                .months(List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 11))).build());
        assertThrows(NullPointerException.class, () -> eligible().months(null));
    }

    @Test
    void aOneTimeKindHasNoMonthsAndItsTotalIsTheGrant() {
        Beneficiary unit = Beneficiary.unit(org.jobassist.api.identity.UnifiedSocialCreditCode.parse("91350100M000100Y43"));
        SubsidyDecision grant = SubsidyDecision.builder(SubsidyKind.SKILL_UPGRADE, unit, LIAOZHONG)
                .component("level-4", Money.ofYuan(1500))
                .build();
        assertEquals(Money.ofYuan(1500), grant.total());
        assertEquals(Optional.empty(), grant.monthlyAmount());
        assertTrue(grant.months().isEmpty());
        assertEquals(Optional.empty(), grant.person());
        assertThrows(IllegalArgumentException.class,
                () -> SubsidyDecision.builder(SubsidyKind.SKILL_UPGRADE, unit, LIAOZHONG)
                        .component("level-4", Money.ofYuan(1500)).months(THREE_MONTHS).build());
    }

    @Test
    void equalDecisionsAreEqualAndHashAlike() {
        assertEquals(eligible().build(), eligible().build());
        assertEquals(eligible().build().hashCode(), eligible().build().hashCode());
        assertNotEquals(eligible().build(), eligible().months(THREE_MONTHS.subList(0, 2)).build());
        assertNotEquals(eligible().build(), eligible().component("unemployment", Money.ofYuan(1)).build());
        assertNotEquals(eligible().build(), eligible().rounding(Rounding.of("medical", Ratio.of(1), RoundingMode.HALF_UP)).build());
    }

    @Test
    void withoutExplanationDropsOnlyTheExplanation() {
        Explanation why = Explanation.builder("subsidy.test").value("1201.50").build();
        SubsidyDecision explained = eligible().explanation(why).build();
        SubsidyDecision fast = eligible().build();
        assertEquals(Optional.of(why), explained.explanation());
        assertNotEquals(fast, explained);
        assertEquals(fast, explained.withoutExplanation());
        assertSame(fast, fast.withoutExplanation());
    }

    @Test
    void toStringMasksTheIdNumber() {
        String text = eligible().build().toString();
        assertTrue(text.contains(MASKED), text);
        assertFalse(text.contains(ID.value()), text);
        assertTrue(text.contains("flexible-social-insurance"), text);
        assertTrue(text.contains("¥1,201.50"), text);
        String refused = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, PERSON, LIAOZHONG)
                .person(ID).ineligible("public-welfare-post.placements-exhausted", "two placements already")
                .build().toString();
        assertFalse(refused.contains(ID.value()), refused);
        assertTrue(refused.contains("public-welfare-post.placements-exhausted"), refused);
    }

    @Test
    void listsAreUnmodifiableAndNullsRefused() {
        SubsidyDecision decision = eligible().build();
        assertThrows(UnsupportedOperationException.class, () -> decision.months().clear());
        assertThrows(UnsupportedOperationException.class, () -> decision.components().clear());
        assertThrows(NullPointerException.class, () -> SubsidyDecision.builder(null, PERSON, LIAOZHONG));
        assertThrows(NullPointerException.class,
                () -> SubsidyDecision.builder(SubsidyKind.HIRING, null, LIAOZHONG));
        assertThrows(NullPointerException.class, () -> SubsidyDecision.builder(SubsidyKind.HIRING, PERSON, null));
        assertThrows(IllegalArgumentException.class, () -> eligible().component("x", Money.ofYuan(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Ineligibility(" ", "blank code"));
    }
}
