package org.jobassist.api.subsidy;

import static org.jobassist.api.subsidy.LedgerFixtures.ANNA;
import static org.jobassist.api.subsidy.LedgerFixtures.EMPLOYER;
import static org.jobassist.api.subsidy.LedgerFixtures.GRANTED;
import static org.jobassist.api.subsidy.LedgerFixtures.SHENYANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.jobassist.api.money.Money;
import org.junit.jupiter.api.Test;

class GrantTypesTest {

    private static final YearMonth MARCH = YearMonth.of(2021, 3);

    private static SubsidyDecision decision() {
        return SubsidyDecision.builder(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, EMPLOYER, SHENYANG).person(ANNA)
                .component("pension", Money.ofYuan(500)).months(List.of(MARCH, MARCH.plusMonths(1))).build();
    }

    @Test
    void requestHoldsItsFieldsAndMasks() {
        GrantRequest r = GrantRequest.of(decision(), "SI-1", GRANTED, OptionalInt.of(36));
        assertEquals(List.of(decision()), r.decisions());
        assertEquals("SI-1", r.grantReference());
        assertEquals(GRANTED, r.grantedOn());
        assertEquals(OptionalInt.of(36), r.durationCapMonths());
        assertEquals(r, GrantRequest.ofRuns(List.of(decision()), "SI-1", GRANTED, OptionalInt.of(36)));
        assertEquals(r.hashCode(), GrantRequest.ofRuns(List.of(decision()), "SI-1", GRANTED, OptionalInt.of(36))
                .hashCode());
        assertFalse(r.toString().contains(ANNA.value()));
        assertThrows(IllegalArgumentException.class,
                () -> GrantRequest.ofRuns(List.of(), "SI-1", GRANTED, OptionalInt.empty()));
        assertThrows(NullPointerException.class, () -> GrantRequest.of(null, "SI-1", GRANTED, OptionalInt.empty()));
        assertThrows(NullPointerException.class, () -> GrantRequest.of(decision(), null, GRANTED, OptionalInt.empty()));
    }

    @Test
    void resultCountsCreatedAndPresent() {
        List<LedgerEntry> entries = LedgerEntry.fromDecision(decision(), "SI-1", GRANTED, OptionalInt.of(36));
        GrantResult r = new GrantResult(List.of(decision()), entries, 1, Money.ofYuan(500));
        assertEquals(1, r.alreadyPresent());
        assertTrue(r.isEligible());
        assertFalse(r.isNoOp());
        assertEquals(List.of(), r.ineligibilities());
        assertFalse(r.toString().contains(ANNA.value()));
        assertThrows(IllegalArgumentException.class, () -> new GrantResult(List.of(decision()), entries, 3, Money.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new GrantResult(List.of(decision()), entries, -1, Money.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new GrantResult(List.of(decision()), entries, 0, Money.ofFen(-1)));
        SubsidyDecision no = SubsidyDecision.builder(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, EMPLOYER, SHENYANG)
                .person(ANNA).ineligible("social-insurance.not-recognised", "no").build();
        GrantResult none = new GrantResult(List.of(no), List.of(), 0, Money.ZERO);
        assertFalse(none.isEligible());
        assertTrue(none.isNoOp());
        assertEquals(List.of("social-insurance.not-recognised"),
                none.ineligibilities().stream().map(Ineligibility::code).toList());
    }

    @Test
    void batchResultCountsEveryCaseOnce() {
        GrantBatchResult r = new GrantBatchResult(GrantMode.PER_CASE, 4, 1, 1, 1,
                List.of(new GrantBatchResult.Rejection(3, List.of("ledger.grant-cap"))), 2, Money.ofYuan(1_000));
        assertEquals(2, r.accepted());
        assertEquals(1, r.rejected());
        assertFalse(r.isNoOp());
        assertThrows(IllegalArgumentException.class, () -> new GrantBatchResult(GrantMode.PER_CASE, 5, 1, 1, 1,
                List.of(), 0, Money.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new GrantBatchResult(GrantMode.PER_CASE, 0, 0, 0, 0,
                List.of(), -1, Money.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new GrantBatchResult(GrantMode.PER_CASE, 0, 0, 0, 0,
                List.of(), 0, Money.ofFen(-1)));
        assertThrows(IllegalArgumentException.class, () -> new GrantBatchResult.Rejection(0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GrantBatchResult.Rejection(-1, List.of("x")));
    }
}
