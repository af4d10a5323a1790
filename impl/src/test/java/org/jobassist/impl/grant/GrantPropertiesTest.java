package org.jobassist.impl.grant;

import static org.jobassist.impl.grant.GrantFixtures.LN;
import static org.jobassist.impl.grant.GrantFixtures.all;
import static org.jobassist.impl.grant.GrantFixtures.ledger;
import static org.jobassist.impl.grant.GrantFixtures.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.SubsidyGrants;
import org.jobassist.impl.internal.subsidy.si.SocialInsuranceEngine;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.subsidy.SubsidyCases;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the grant service over generated social-insurance cases (QuickTheories, fixed seed). */
class GrantPropertiesTest {

    private static final SocialInsuranceEngine SI = new SocialInsuranceEngine(LN);
    private static final LocalDate GRANTED = LocalDate.of(2030, 1, 2);
    private static final int EXAMPLES = 60;

    /** 1 to 12 cases of distinct people, each the runs of its period under its own reference. */
    private static final Gen<List<GrantRequest>> BATCHES = in -> {
        int size = Generate.range(1, 12).generate(in);
        List<GrantRequest> requests = new ArrayList<>();
        Set<ResidentIdNumber> people = new HashSet<>();
        for (int i = 0; i < size; i++) {
            SocialInsuranceSubsidyInput c = SubsidyCases.socialInsurance().generate(in);
            if (people.add(c.person())) {
                requests.add(request(c, "SI-" + i));
            }
        }
        return requests;
    };

    private static GrantRequest request(SocialInsuranceSubsidyInput in, String reference) {
        int months = SI.entitlementMonths(in);
        return GrantRequest.ofRuns(SI.calculateRuns(in, false), reference, GRANTED,
                months > 0 ? OptionalInt.of(months) : OptionalInt.empty());
    }

    private static List<LedgerEntry> entries(GrantRequest r) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (SubsidyDecision d : r.decisions()) {
            entries.addAll(LedgerEntry.fromDecision(d, r.grantReference(), r.grantedOn(), r.durationCapMonths()));
        }
        return entries;
    }

    private static void everyCaseCounted(GrantBatchResult r, int size) {
        assertEquals(size, r.granted() + r.alreadyGranted() + r.notEligible() + r.rejected());
    }

    @Test
    void toBuilderCopiesEveryFieldOfTheInputs() {
        Properties.qt().withExamples(200).forAll(SubsidyCases.socialInsurance()).checkAssert(in -> {
            assertEquals(in, in.toBuilder().build());
            SocialInsuranceSubsidyInput changed = in.toBuilder().monthsAlreadyEnjoyed(in.monthsAlreadyEnjoyed() + 1)
                    .build();
            assertEquals(in.monthsAlreadyEnjoyed() + 1, changed.monthsAlreadyEnjoyed());
            assertEquals(in, changed.toBuilder().monthsAlreadyEnjoyed(in.monthsAlreadyEnjoyed()).build());
        });
        Properties.qt().withExamples(200).forAll(SubsidyCases.publicWelfarePosts()).checkAssert(in -> {
            assertEquals(in, in.toBuilder().build());
            assertEquals(in.previousPlacements().size() + 1, in.toBuilder().previousPlacement(DateRange.of(
                    LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 31))).build().previousPlacements().size());
        });
    }

    @Test
    void reRunningABatchChangesNothingInTheLedger() {
        AtomicInteger recordedSome = new AtomicInteger();
        Properties.qt().withExamples(EXAMPLES).forAll(BATCHES).checkAssert(batch -> {
            for (GrantMode mode : GrantMode.values()) {
                EntitlementLedger ledger = ledger();
                SubsidyGrants grants = SubsidyGrants.of(ledger);
                GrantBatchResult first = grants.grantAll(batch, mode);
                everyCaseCounted(first, batch.size());
                assertEquals(0, first.rejected(), "distinct people never collide");
                List<LedgerEntry> recorded = all(ledger);
                assertEquals(first.entriesRecorded(), recorded.size());
                assertEquals(sum(recorded), first.amountRecorded());
                recordedSome.addAndGet(recorded.isEmpty() ? 0 : 1);
                GrantBatchResult again = grants.grantAll(batch, mode);
                everyCaseCounted(again, batch.size());
                assertTrue(again.isNoOp());
                assertEquals(0, again.granted());
                assertEquals(first.accepted(), again.alreadyGranted());
                assertEquals(first.notEligible(), again.notEligible());
                assertEquals(Money.ZERO, again.amountRecorded());
                assertEquals(new HashSet<>(recorded), new HashSet<>(all(ledger)));
            }
        });
        assertTrue(recordedSome.get() > EXAMPLES, "most batches record something: " + recordedSome.get());
    }

    @Test
    void oneBadCaseRecordsNothingAllOrNothingAndOnlyItselfIsLeftOutPerCase() {
        AtomicInteger tried = new AtomicInteger();
        Properties.qt().withExamples(EXAMPLES).forAll(BATCHES).checkAssert(batch -> {
            int victim = -1;
            for (int i = 0; i < batch.size() && victim < 0; i++) {
                victim = entries(batch.get(i)).isEmpty() ? -1 : i;
            }
            if (victim < 0) {
                return;
            }
            tried.incrementAndGet();
            // The same person and months paid the other way: an exclusive overlap with the victim.
            SubsidyDecision original = batch.get(victim).decisions().get(0);
            ResidentIdNumber person = original.person().orElseThrow();
            SubsidyKind other = original.kind() == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE
                    ? SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE : SubsidyKind.EMPLOYER_SOCIAL_INSURANCE;
            Beneficiary payee = other == SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE ? Beneficiary.person(person)
                    : Beneficiary.unit(GrantFixtures.UNIT);
            SubsidyDecision twin = SubsidyDecision.builder(other, payee, original.jurisdiction()).person(person)
                    .component("pension", Money.ofYuan(1)).months(original.months()).build();
            List<GrantRequest> cases = new ArrayList<>(batch);
            cases.add(GrantRequest.of(twin, "SI-TWIN", GRANTED, OptionalInt.empty()));
            int bad = cases.size() - 1;

            EntitlementLedger atomic = ledger();
            GrantBatchResult none = SubsidyGrants.of(atomic).grantAll(cases, GrantMode.ALL_OR_NOTHING);
            everyCaseCounted(none, cases.size());
            assertEquals(0, atomic.count());
            assertEquals(0, none.entriesRecorded());
            assertTrue(none.rejections().contains(new GrantBatchResult.Rejection(bad,
                    List.of("ledger.exclusive-overlap"))), none.rejections().toString());

            EntitlementLedger separate = ledger();
            GrantBatchResult others = SubsidyGrants.of(separate).grantAll(cases, GrantMode.PER_CASE);
            everyCaseCounted(others, cases.size());
            assertEquals(List.of(new GrantBatchResult.Rejection(bad, List.of("ledger.exclusive-overlap"))),
                    others.rejections());
            Set<LedgerEntry> expected = new HashSet<>();
            batch.forEach(r -> expected.addAll(entries(r)));
            assertEquals(expected, new HashSet<>(all(separate)));
            assertEquals(sum(new ArrayList<>(expected)), others.amountRecorded());
        });
        assertTrue(tried.get() > EXAMPLES / 2, "most batches have a case to spoil: " + tried.get());
    }

    @Test
    void parallelGrantsOfTheSameRequestsRecordEachKeyOnce() throws Exception {
        List<GrantRequest> batch = sample();
        assertTrue(batch.stream().filter(r -> !entries(r).isEmpty()).count() > 10, "enough to race on");
        int threads = 6;
        for (GrantMode mode : GrantMode.values()) {
            EntitlementLedger ledger = ledger();
            SubsidyGrants grants = SubsidyGrants.of(ledger);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<GrantBatchResult>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return grants.grantAll(batch, mode);
                    }));
                }
                start.countDown();
                int recorded = 0;
                int granted = 0;
                Money amount = Money.ZERO;
                int accepted = -1;
                for (Future<GrantBatchResult> f : results) {
                    GrantBatchResult r = f.get(60, TimeUnit.SECONDS);
                    everyCaseCounted(r, batch.size());
                    recorded += r.entriesRecorded();
                    granted += r.granted();
                    amount = amount.plus(r.amountRecorded());
                    accepted = accepted < 0 ? r.accepted() : accepted;
                    assertEquals(accepted, r.accepted(), "every thread sees every case accepted");
                }
                Set<LedgerEntry> expected = new HashSet<>();
                batch.forEach(r -> expected.addAll(entries(r)));
                List<LedgerEntry> held = all(ledger);
                assertEquals(expected.size(), held.size(), "each key once");
                assertEquals(expected, new HashSet<>(held));
                assertEquals(expected.size(), recorded, "the entries recorded add up over the threads");
                assertEquals(sum(held), amount, "so do the amounts");
                assertEquals(accepted, granted, "each case granted by exactly one thread");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** A larger fixed batch for the threads: 40 generated cases of distinct people. */
    private static List<GrantRequest> sample() {
        List<GrantRequest> requests = new ArrayList<>();
        Set<ResidentIdNumber> people = new HashSet<>();
        int i = 0;
        for (SocialInsuranceSubsidyInput c : Samples.draw(SubsidyCases.socialInsurance(), 40,
                Properties.seed())) {
            if (people.add(c.person())) {
                requests.add(request(c, "SI-" + i++));
            }
        }
        return requests;
    }
}
