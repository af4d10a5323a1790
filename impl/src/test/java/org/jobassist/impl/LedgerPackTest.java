package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.SubsidyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ledger's keys in the Liaoning pack. */
class LedgerPackTest {

    private static final PolicyPack LIAONING = PolicyPacks.liaoning();
    /** 辽中区, Shenyang, on the day of the 2021 minimum-wage change (DOMAIN §3.7). */
    private static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    private static final LocalDate NOV_1_2021 = LocalDate.of(2021, 11, 1);

    @Test
    @DisplayName("DOMAIN §3.2: at most 2 public-welfare-post placements, resolved in 辽中区 from the province")
    void placements() {
        ResolvedValue<Integer> v = LIAONING.resolve(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, LIAOZHONG, NOV_1_2021);
        assertEquals(2, v.value());
        assertEquals(DivisionCode.LIAONING, v.jurisdiction());
        assertEquals("文号待确认", v.legalBasis().documentNumber());
    }

    @Test
    @DisplayName("DOMAIN §3.6: at most 3 vocational training subsidies per person, in Dalian")
    void trainings() {
        ResolvedValue<Integer> v = LIAONING.resolve(PolicyKeys.VOCATIONAL_TRAINING_MAX_SUBSIDIES,
                DivisionCode.of("210200"), LocalDate.of(2021, 6, 1));
        assertEquals(3, v.value());
    }

    @Test
    @DisplayName("LedgerRules.of reads both caps from the Liaoning pack; before 2021 the pack has none")
    void rules() {
        LedgerRules rules = LedgerRules.of(LIAONING, LIAOZHONG, NOV_1_2021);
        assertEquals(OptionalInt.of(2), rules.grantCap(SubsidyKind.PUBLIC_WELFARE_POST));
        assertEquals(OptionalInt.of(3), rules.grantCap(SubsidyKind.VOCATIONAL_TRAINING));
        assertEquals(2, rules.valuesRead().size());
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> LedgerRules.of(LIAONING, LIAOZHONG, LocalDate.of(2020, 12, 31)));
        assertEquals(true, e.getMessage().contains("public-welfare-post.max-placements"));
    }
}
