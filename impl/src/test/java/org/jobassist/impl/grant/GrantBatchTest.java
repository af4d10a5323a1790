package org.jobassist.impl.grant;

import static org.jobassist.impl.grant.GrantFixtures.LN;
import static org.jobassist.impl.grant.GrantFixtures.MAN_1980;
import static org.jobassist.impl.grant.GrantFixtures.all;
import static org.jobassist.impl.grant.GrantFixtures.employer;
import static org.jobassist.impl.grant.GrantFixtures.flexible;
import static org.jobassist.impl.grant.GrantFixtures.ledger;
import static org.jobassist.impl.grant.GrantFixtures.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import org.jobassist.api.money.Money;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.impl.Subsidies;
import org.jobassist.impl.SubsidyGrants;
import org.junit.jupiter.api.Test;

/**
 * Batches by hand. Five cases: 0 employer 2021-03..05 (3 x 1,135.00), 1 not recognised, 2 flexible
 * 2021-05 for the same man (overlaps case 0), 3 employer 2021-06 (1,135.00), 4 null.
 */
class GrantBatchTest {

    private static final MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> SI = Subsidies.socialInsurance(LN);
    private static final LocalDate GRANTED = LocalDate.of(2021, 7, 1);

    private static GrantRequest request(SocialInsuranceSubsidyInput in, String reference) {
        return GrantRequest.ofRuns(SI.calculateRuns(in, false), reference, GRANTED, OptionalInt.of(36));
    }

    private static List<GrantRequest> batch() {
        SubsidyDecision notRecognised = SI.calculate(employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3))
                .toBuilder().recognisedAtFirstApproval(false).build(), false);
        return Arrays.asList(
                request(employer(YearMonth.of(2021, 3), YearMonth.of(2021, 5)), "SI-E"),
                GrantRequest.of(notRecognised, "SI-X", GRANTED, OptionalInt.of(36)),
                request(flexible(YearMonth.of(2021, 5), YearMonth.of(2021, 5)), "SI-F"),
                request(employer(YearMonth.of(2021, 6), YearMonth.of(2021, 6)), "SI-E"),
                null);
    }

    private static void everyCaseCounted(GrantBatchResult r, int size) {
        assertEquals(size, r.size());
        assertEquals(size, r.accepted() + r.rejected() + r.notEligible());
        assertEquals(size, r.granted() + r.alreadyGranted() + r.notEligible() + r.rejections().size());
    }

    @Test
    void allOrNothingWithBadCasesRecordsNothingAndSaysWhy() {
        EntitlementLedger ledger = ledger();
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(batch(), GrantMode.ALL_OR_NOTHING);
        everyCaseCounted(r, 5);
        assertEquals(0, ledger.count());
        assertEquals(0, r.entriesRecorded());
        assertEquals(Money.ZERO, r.amountRecorded());
        assertEquals(1, r.notEligible());
        // The null case is refused before the ledger is asked, so the others are rolled back unseen.
        assertEquals(List.of(new GrantBatchResult.Rejection(0, List.of(GrantBatchResult.ROLLED_BACK)),
                new GrantBatchResult.Rejection(2, List.of(GrantBatchResult.ROLLED_BACK)),
                new GrantBatchResult.Rejection(3, List.of(GrantBatchResult.ROLLED_BACK)),
                new GrantBatchResult.Rejection(4, List.of("store.null-item"))), r.rejections());
    }

    @Test
    void allOrNothingNamesTheCaseTheLedgerRefused() {
        EntitlementLedger ledger = ledger();
        List<GrantRequest> cases = new ArrayList<>(batch().subList(0, 4));
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(cases, GrantMode.ALL_OR_NOTHING);
        everyCaseCounted(r, 4);
        assertEquals(0, ledger.count());
        assertEquals(List.of(new GrantBatchResult.Rejection(0, List.of(GrantBatchResult.ROLLED_BACK)),
                new GrantBatchResult.Rejection(2, List.of("ledger.exclusive-overlap")),
                new GrantBatchResult.Rejection(3, List.of(GrantBatchResult.ROLLED_BACK))), r.rejections());
        assertFalse(r.rejections().toString().contains(MAN_1980.value()));
    }

    @Test
    void perCaseRecordsTheOthers() {
        EntitlementLedger ledger = ledger();
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(batch(), GrantMode.PER_CASE);
        everyCaseCounted(r, 5);
        assertEquals(2, r.granted());
        assertEquals(0, r.alreadyGranted());
        assertEquals(1, r.notEligible());
        assertEquals(List.of(new GrantBatchResult.Rejection(2, List.of("ledger.exclusive-overlap")),
                new GrantBatchResult.Rejection(4, List.of("store.null-item"))), r.rejections());
        // 4 months at 1,135.00.
        assertEquals(4, r.entriesRecorded());
        assertEquals(Money.parse("4540.00"), r.amountRecorded());
        assertEquals(4, ledger.count());
        assertEquals(Money.parse("4540.00"), sum(all(ledger)));
    }

    @Test
    void allOrNothingOfGoodCasesRecordsThemAndARerunIsANoOp() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger);
        List<GrantRequest> good = List.of(batch().get(0), batch().get(1), batch().get(3));
        GrantBatchResult first = grants.grantAll(good, GrantMode.ALL_OR_NOTHING);
        everyCaseCounted(first, 3);
        assertEquals(2, first.granted());
        assertEquals(1, first.notEligible());
        assertEquals(4, first.entriesRecorded());
        assertEquals(Money.parse("4540.00"), first.amountRecorded());
        List<LedgerEntry> before = all(ledger);
        for (GrantMode mode : GrantMode.values()) {
            GrantBatchResult again = grants.grantAll(good, mode);
            everyCaseCounted(again, 3);
            assertTrue(again.isNoOp());
            assertEquals(0, again.granted());
            assertEquals(2, again.alreadyGranted());
            assertEquals(Money.ZERO, again.amountRecorded());
            assertEquals(new HashSet<>(before), new HashSet<>(all(ledger)));
        }
    }

    @Test
    void theSameCaseTwiceInOneBatchIsGrantedOnceAndFoundOnce() {
        EntitlementLedger ledger = ledger();
        GrantRequest march = batch().get(0);
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(List.of(march, march), GrantMode.ALL_OR_NOTHING);
        everyCaseCounted(r, 2);
        assertEquals(1, r.granted());
        assertEquals(1, r.alreadyGranted());
        assertEquals(3, r.entriesRecorded());
        assertEquals(Money.parse("3405.00"), r.amountRecorded());
    }

    @Test
    void aBadReferenceRejectsItsCaseOnly() {
        EntitlementLedger ledger = ledger();
        GrantRequest bad = request(employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3)), "x".repeat(65));
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(List.of(bad, batch().get(3)), GrantMode.PER_CASE);
        everyCaseCounted(r, 2);
        assertEquals(List.of(new GrantBatchResult.Rejection(0, List.of("ledger-entry.grant-reference"))),
                r.rejections());
        assertEquals(1, ledger.count());
    }

    @Test
    void anEmptyBatchDoesNothing() {
        for (GrantMode mode : GrantMode.values()) {
            GrantBatchResult r = SubsidyGrants.of(ledger()).grantAll(List.of(), mode);
            assertEquals(new GrantBatchResult(mode, 0, 0, 0, 0, List.of(), 0, Money.ZERO), r);
        }
    }
}
