package org.jobassist.impl.grant;

import static org.jobassist.impl.grant.GrantFixtures.LN;
import static org.jobassist.impl.grant.GrantFixtures.employer;
import static org.jobassist.impl.grant.GrantFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.LedgerBatchResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.RecordResult;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.Subsidies;
import org.jobassist.impl.SubsidyGrants;
import org.junit.jupiter.api.Test;

/**
 * Another writer records the same entries between the grant's read and its write, made
 * deterministic with a ledger that runs the other writer just before the next write.
 */
class GrantRaceTest {

    private static final LocalDate GRANTED = LocalDate.of(2022, 1, 5);

    /** Delegates to an in-memory ledger; runs {@code beforeNextWrite} once, just before the next recordAll. */
    private static final class InterleavingLedger implements EntitlementLedger {
        final EntitlementLedger delegate = GrantFixtures.ledger();
        Runnable beforeNextWrite = () -> { };

        @Override
        public RecordResult record(LedgerEntry entry) {
            return delegate.record(entry);
        }

        @Override
        public LedgerBatchResult recordAll(List<LedgerEntry> entries) {
            Runnable other = beforeNextWrite;
            beforeNextWrite = () -> { };
            other.run();
            return delegate.recordAll(entries);
        }

        @Override
        public List<LedgerEntry> byBeneficiary(Beneficiary beneficiary) {
            return delegate.byBeneficiary(beneficiary);
        }

        @Override
        public List<LedgerEntry> byCity(DivisionCode division, DateRange period) {
            return delegate.byCity(division, period);
        }

        @Override
        public List<LedgerEntry> byKind(SubsidyKind kind, DateRange period) {
            return delegate.byKind(kind, period);
        }

        @Override
        public int monthsEnjoyed(ResidentIdNumber person, Set<SubsidyKind> kinds) {
            return delegate.monthsEnjoyed(person, kinds);
        }

        @Override
        public SortedSet<String> grants(ResidentIdNumber person, SubsidyKind kind) {
            return delegate.grants(person, kind);
        }

        @Override
        public List<LedgerTotal> totals(DateRange period) {
            return delegate.totals(period);
        }

        @Override
        public LedgerTotal totals(SubsidyKind kind, DivisionCode division, DateRange period) {
            return delegate.totals(kind, division, period);
        }

        @Override
        public void forEach(Consumer<? super LedgerEntry> action) {
            delegate.forEach(action);
        }

        @Override
        public long count() {
            return delegate.count();
        }
    }

    /** 2021-10 at 1,540.00 and 2021-11 .. 2021-12 at 1,640.00: two runs, amounts differ. */
    private static GrantRequest twoRuns() {
        List<SubsidyDecision> runs = Subsidies.publicWelfarePost(LN).calculateRuns(post(
                DateRange.startingOn(LocalDate.of(2021, 10, 1)), YearMonth.of(2021, 10), YearMonth.of(2021, 12))
                .build());
        assertEquals(2, runs.size());
        return GrantRequest.ofRuns(runs, "PWP-1", GRANTED, OptionalInt.of(36));
    }

    private static GrantRequest oneRun() {
        return GrantRequest.of(Subsidies.socialInsurance(LN).calculate(employer(YearMonth.of(2021, 3),
                YearMonth.of(2021, 5))), "SI-1", GRANTED, OptionalInt.of(36));
    }

    private static List<LedgerEntry> entries(GrantRequest r) {
        List<LedgerEntry> all = new ArrayList<>();
        r.decisions().forEach(d -> all.addAll(LedgerEntry.fromDecision(d, r.grantReference(), r.grantedOn(),
                r.durationCapMonths())));
        return all;
    }

    @Test
    void whenAnotherWriterRecordedTheWholeCaseFirstThisGrantPaysNothing() {
        for (GrantRequest request : List.of(twoRuns(), oneRun())) {
            InterleavingLedger ledger = new InterleavingLedger();
            ledger.beforeNextWrite = () -> ledger.delegate.recordAll(entries(request));
            GrantResult r = SubsidyGrants.of(ledger).grant(request);
            assertEquals(0, r.created());
            assertEquals(Money.ZERO, r.amountRecorded());
            assertEquals(entries(request).size(), r.alreadyPresent());
        }
    }

    @Test
    void whenAnotherWriterRecordedNothingThisGrantPaysEverything() {
        InterleavingLedger ledger = new InterleavingLedger();
        GrantResult r = SubsidyGrants.of(ledger).grant(twoRuns());
        assertEquals(3, r.created());
        // 1,540.00 + 2 x 1,640.00.
        assertEquals(Money.parse("4820.00"), r.amountRecorded());
    }

    @Test
    void aBatchAnotherWriterRecordedWholeIsAlreadyGrantedEverywhere() {
        InterleavingLedger ledger = new InterleavingLedger();
        List<GrantRequest> batch = List.of(twoRuns(), oneRun());
        ledger.beforeNextWrite = () -> batch.forEach(r -> ledger.delegate.recordAll(entries(r)));
        GrantBatchResult r = SubsidyGrants.of(ledger).grantAll(batch, GrantMode.ALL_OR_NOTHING);
        assertEquals(0, r.granted());
        assertEquals(2, r.alreadyGranted());
        assertEquals(0, r.entriesRecorded());
        assertEquals(Money.ZERO, r.amountRecorded());
    }
}
