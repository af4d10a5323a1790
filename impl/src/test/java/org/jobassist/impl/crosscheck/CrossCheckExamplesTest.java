package org.jobassist.impl.crosscheck;

import static org.jobassist.impl.crosscheck.Fixture.DALIAN;
import static org.jobassist.impl.crosscheck.Fixture.HEPING;
import static org.jobassist.impl.crosscheck.Fixture.SHENYANG;
import static org.jobassist.impl.crosscheck.Fixture.flexible;
import static org.jobassist.impl.crosscheck.Fixture.person;
import static org.jobassist.impl.crosscheck.Fixture.recognised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.crosscheck.Discrepancy;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.crosscheck.EvidenceRef;
import org.jobassist.api.crosscheck.EvidenceSource;
import org.jobassist.api.crosscheck.SuggestedAction;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.StorageException;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.CrossChecks;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

/** The cross-check on hand-made cases, one per kind of discrepancy, with the boundary beside it. */
class CrossCheckExamplesTest {

    private static final LocalDate AS_OF = LocalDate.of(2021, 11, 9);
    private static final LocalDate RECOGNISED = LocalDate.of(2021, 1, 20);
    private static final CrossCheckRequest FULL = CrossCheckRequest.full(AS_OF, Fixture.year2021());

    private final Sources s = new Sources();

    private PersonRecord add(String id, LocalDate birth, RetirementClass rc, String... categories) {
        PersonRecord p = person(id, HEPING, birth, rc);
        s.people.save(p);
        s.recognitions.save(recognised(id, RECOGNISED, categories), 0);
        return p;
    }

    private PersonRecord add(String id, String... categories) {
        return add(id, LocalDate.of(1975, 6, 1), RetirementClass.MALE_60, categories);
    }

    private void evidence(Evidence e) {
        s.registries.registryFor(e.flag()).record(e);
    }

    private static Evidence disability(String id, String ref, DateRange valid) {
        return Evidence.of(PersonId.of(id), RegistryFlag.DISABILITY_CERTIFICATE, ref, valid.start(), valid);
    }

    private List<Discrepancy> of(CrossCheckReport r, String person) {
        return r.discrepancies().stream().filter(d -> d.person().value().equals(person)).collect(Collectors.toList());
    }

    private Discrepancy only(CrossCheckReport r, String person) {
        List<Discrepancy> found = of(r, person);
        assertEquals(1, found.size(), () -> found.toString());
        return found.get(0);
    }

    @Test
    void evidenceExpiredTheDayAfterItsLastValidDayAndNotOnIt() {
        PersonRecord p = add("expired", "DISABLED");
        evidence(disability("expired", "DPF-1", DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 11, 8))));
        add("lastDay", "DISABLED");
        evidence(disability("lastDay", "DPF-2", DateRange.of(LocalDate.of(2020, 1, 1), AS_OF)));
        CrossCheckReport r = s.check.run(FULL);
        Discrepancy d = only(r, "expired");
        assertEquals(DiscrepancyKind.EVIDENCE_EXPIRED, d.kind());
        assertEquals(Optional.of("DISABLED"), d.category());
        assertEquals(AS_OF, d.date());
        assertEquals(p.idNumber().masked(), d.maskedIdNumber());
        assertEquals(List.of(EvidenceRef.of(EvidenceSource.DISABLED_PERSONS_FEDERATION, "DPF-1",
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 11, 8), null, "DISABILITY_CERTIFICATE")), d.evidence());
        assertEquals(SuggestedAction.REVIEW_RECOGNITION, d.action());
        assertEquals(List.of(), of(r, "lastDay"));
        assertEquals(1, r.count(DiscrepancyKind.EVIDENCE_EXPIRED));
        assertEquals(1, r.total());
    }

    @Test
    void theLatestEvidenceDecidesBetweenAnOldExpiredAndACurrentOne() {
        add("renewed", "DISABLED");
        evidence(disability("renewed", "DPF-OLD", DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31))));
        evidence(disability("renewed", "DPF-NEW", DateRange.startingOn(LocalDate.of(2021, 1, 1))));
        assertEquals(0, s.check.run(FULL).total());
    }

    @Test
    void evidenceWithdrawnOnTheDayIsReportedAndTheDayAfterIsNot() {
        add("withdrawn", "MARTYR_FAMILY");
        add("tomorrow", "MARTYR_FAMILY");
        for (String id : List.of("withdrawn", "tomorrow")) {
            evidence(Evidence.of(PersonId.of(id), RegistryFlag.MARTYR_FAMILY, "VA-" + id, LocalDate.of(2019, 5, 1),
                    DateRange.startingOn(LocalDate.of(2019, 5, 1))));
        }
        s.registries.veteransAffairs().withdraw(PersonId.of("withdrawn"), RegistryFlag.MARTYR_FAMILY, "VA-withdrawn",
                AS_OF);
        s.registries.veteransAffairs().withdraw(PersonId.of("tomorrow"), RegistryFlag.MARTYR_FAMILY, "VA-tomorrow",
                AS_OF.plusDays(1));
        CrossCheckReport r = s.check.run(FULL);
        Discrepancy d = only(r, "withdrawn");
        assertEquals(DiscrepancyKind.EVIDENCE_WITHDRAWN, d.kind());
        assertEquals(AS_OF, d.date());
        assertEquals(Optional.of(AS_OF), d.evidence().get(0).withdrawnOn());
        assertEquals(EvidenceSource.VETERANS_AFFAIRS, d.evidence().get(0).source());
        assertEquals(List.of(), of(r, "tomorrow"));
    }

    @Test
    void noEvidenceAtAllIsMissingAndAskedOfTheRegistry() {
        add("missing", "URBAN_MINIMUM_LIVING_ALLOWANCE", "NEAR_RETIREMENT");
        Discrepancy d = only(s.check.run(FULL), "missing");
        assertEquals(DiscrepancyKind.EVIDENCE_MISSING, d.kind());
        assertEquals(Optional.of("URBAN_MINIMUM_LIVING_ALLOWANCE"), d.category());
        assertEquals(EvidenceSource.CIVIL_AFFAIRS, d.evidence().get(0).source());
        assertEquals(SuggestedAction.CONFIRM_WITH_REGISTRY, d.action());
    }

    @Test
    void anEmployerMonthUnderAFlexibleSubsidyIsReportedAndTheMonthAfterIsNot() {
        PersonRecord p = add("flexible", "NEAR_RETIREMENT");
        s.a.recordAll(List.of(flexible(p, SHENYANG, YearMonth.of(2021, 5), "FSI-9"),
                flexible(p, SHENYANG, YearMonth.of(2021, 6), "FSI-9")));
        s.registries.socialInsurance().record(ContributionHistory.of(p.id(), List.of(
                ContributionMonth.employer(YearMonth.of(2021, 5)), ContributionMonth.flexible(YearMonth.of(2021, 6)),
                ContributionMonth.employer(YearMonth.of(2021, 7)))));
        CrossCheckReport r = s.check.run(FULL);
        Discrepancy d = only(r, "flexible");
        assertEquals(DiscrepancyKind.EMPLOYED_WHILE_FLEXIBLE_SUBSIDY, d.kind());
        assertEquals(LocalDate.of(2021, 5, 1), d.date());
        assertEquals(List.of(EvidenceRef.of(EvidenceSource.ENTITLEMENT_LEDGER, "FSI-9", LocalDate.of(2021, 5, 31), null,
                        null, "flexible-social-insurance 2021-05 city 210100"),
                EvidenceRef.employerPaid(YearMonth.of(2021, 5))), d.evidence());
        assertEquals(SuggestedAction.STOP_AND_RECOVER_PAYMENT, d.action());
        assertEquals(2, r.paymentsChecked());
    }

    @Test
    void recognisedAndPaidAfterRetirementButNotForTheRetirementMonth() {
        // A woman worker (original age 50) born 1971-10-20 reaches retirement on 2021-10-20 under the law of 2021.
        PersonRecord p = add("retired", LocalDate.of(1971, 10, 20), RetirementClass.FEMALE_WORKER_50, "DISABLED");
        evidence(disability("retired", "DPF-3", DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        s.a.recordAll(List.of(flexible(p, SHENYANG, YearMonth.of(2021, 10), "FSI-3"),
                flexible(p, SHENYANG, YearMonth.of(2021, 11), "FSI-3")));
        List<Discrepancy> found = of(s.check.run(FULL), "retired");
        assertEquals(2, found.size(), found::toString);
        Discrepancy recognisedLate = found.get(0);
        assertEquals(DiscrepancyKind.PAST_STATUTORY_RETIREMENT, recognisedLate.kind());
        assertEquals(LocalDate.of(2021, 10, 20), recognisedLate.date());
        assertEquals(List.of(EvidenceRef.retirement(LocalDate.of(2021, 10, 20))), recognisedLate.evidence());
        assertEquals(SuggestedAction.EXIT_RECOGNITION, recognisedLate.action());
        Discrepancy paidLate = found.get(1);
        assertEquals(LocalDate.of(2021, 11, 1), paidLate.date());
        assertEquals(SuggestedAction.STOP_AND_RECOVER_PAYMENT, paidLate.action());
        assertEquals("FSI-3", paidLate.evidence().get(0).reference());
    }

    @Test
    void domainRetirementExampleManBorn196501RetiresIn202502() {
        // DOMAIN §4: man born 1965-01 → 2025-02 at 60y1m; born on the 15th, the 15th of February 2025.
        add("man1965", LocalDate.of(1965, 1, 15), RetirementClass.MALE_60, "NEAR_RETIREMENT");
        assertEquals(0, s.check.run(CrossCheckRequest.full(LocalDate.of(2025, 2, 14), Fixture.year2021())).total());
        Discrepancy d = only(s.check.run(CrossCheckRequest.full(LocalDate.of(2025, 2, 15), Fixture.year2021())),
                "man1965");
        assertEquals(DiscrepancyKind.PAST_STATUTORY_RETIREMENT, d.kind());
        assertEquals(LocalDate.of(2025, 2, 15), d.date());
    }

    @Test
    void aDeathRecordEndsTheRecognitionAndFlagsPaymentsForLaterMonths() {
        PersonRecord p = add("dead", "NEAR_RETIREMENT");
        evidence(Evidence.of(p.id(), RegistryFlag.DECEASED, "MZ-77", LocalDate.of(2021, 10, 2),
                DateRange.startingOn(LocalDate.of(2021, 9, 30))));
        s.a.recordAll(List.of(flexible(p, SHENYANG, YearMonth.of(2021, 9), "FSI-4"),
                flexible(p, SHENYANG, YearMonth.of(2021, 10), "FSI-4")));
        PersonRecord q = add("reported", "NEAR_RETIREMENT");
        evidence(Evidence.of(q.id(), RegistryFlag.REPORTED_DECEASED, "HOST-5", AS_OF, DateRange.startingOn(AS_OF)));
        CrossCheckReport r = s.check.run(FULL);
        List<Discrepancy> found = of(r, "dead");
        assertEquals(2, found.size(), found::toString);
        assertEquals(LocalDate.of(2021, 9, 30), found.get(0).date());
        assertEquals(SuggestedAction.EXIT_RECOGNITION, found.get(0).action());
        assertEquals(EvidenceSource.CIVIL_AFFAIRS, found.get(0).evidence().get(0).source());
        assertEquals(LocalDate.of(2021, 10, 1), found.get(1).date());
        assertEquals(SuggestedAction.STOP_AND_RECOVER_PAYMENT, found.get(1).action());
        Discrepancy reported = only(r, "reported");
        assertEquals(DiscrepancyKind.DECEASED, reported.kind());
        assertEquals(EvidenceSource.HOST, reported.evidence().get(0).source());
        assertEquals(3, r.count(DiscrepancyKind.DECEASED));
    }

    @Test
    void theSameMonthPaidByTwoCitiesButNotAnEqualCopyNorAnotherMonth() {
        PersonRecord p = add("twice", "NEAR_RETIREMENT");
        s.a.recordAll(List.of(flexible(p, SHENYANG, YearMonth.of(2021, 6), "FSI-SY"),
                flexible(p, SHENYANG, YearMonth.of(2021, 7), "FSI-SY")));
        s.b.recordAll(List.of(flexible(p, DALIAN, YearMonth.of(2021, 6), "FSI-DL"),
                flexible(p, SHENYANG, YearMonth.of(2021, 7), "FSI-SY"),
                flexible(p, DALIAN, YearMonth.of(2021, 8), "FSI-DL")));
        Discrepancy d = only(s.check.run(FULL), "twice");
        assertEquals(DiscrepancyKind.PAID_IN_TWO_CITIES, d.kind());
        assertEquals(LocalDate.of(2021, 6, 1), d.date());
        assertEquals(List.of("FSI-SY", "FSI-DL"), d.evidence().stream().map(EvidenceRef::reference)
                .collect(Collectors.toList()));
        assertTrue(d.actionText().contains("210100"), d.actionText());
    }

    @Test
    void onlyPeopleRecognisedOnTheDayAreChecked() {
        add("exited", "DISABLED");
        s.recognitions.save(s.recognitions.find(PersonId.of("exited")).orElseThrow()
                .exited(LocalDate.of(2021, 8, 1), ExitReason.LOST_CAPACITY), 1);
        assertEquals(0, s.check.run(FULL).total(), "exited before the day, no evidence needed");
        CrossCheckReport july = s.check.run(CrossCheckRequest.full(LocalDate.of(2021, 7, 1), Fixture.year2021()));
        assertEquals(DiscrepancyKind.EVIDENCE_MISSING, only(july, "exited").kind());
        assertEquals(1, july.peopleChecked());
    }

    @Test
    void aRecognitionWithoutPersonRecordAndAPaymentWithoutPersonAreCountedNotDropped() {
        s.recognitions.save(recognised("ghost", RECOGNISED, "DISABLED"), 0);
        PersonRecord stranger = person("stranger", HEPING, LocalDate.of(1980, 1, 1), RetirementClass.MALE_60);
        s.a.record(flexible(stranger, SHENYANG, YearMonth.of(2021, 3), "FSI-X"));
        CrossCheckReport r = s.check.run(FULL);
        assertEquals(0, r.peopleChecked());
        assertEquals(1, r.peopleWithoutRecord());
        assertEquals(1, r.paymentsWithoutPerson());
        assertEquals(0, r.paymentsChecked());
    }

    @Test
    void anIncrementalRunSeesOnlyWhatChangedAfterThePosition() {
        add("steady", "DISABLED");
        evidence(disability("steady", "DPF-S", DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        add("changing", "DISABLED");
        evidence(disability("changing", "DPF-C", DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        add("stale", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        CrossCheckReport first = s.check.run(FULL);
        assertEquals(1, first.total());
        s.registries.disabledPersonsFederation().withdraw(PersonId.of("changing"),
                RegistryFlag.DISABILITY_CERTIFICATE, "DPF-C", LocalDate.of(2021, 11, 1));
        CrossCheckReport next = s.check.run(CrossCheckRequest.since(first.nextSequence(), AS_OF, Fixture.year2021()));
        assertEquals(1, next.peopleChecked(), "only the person whose evidence changed");
        assertEquals(DiscrepancyKind.EVIDENCE_WITHDRAWN, only(next, "changing").kind());
        assertTrue(next.nextSequence() > first.nextSequence());
        CrossCheckReport quiet = s.check.run(CrossCheckRequest.since(next.nextSequence(), AS_OF, Fixture.year2021()));
        assertEquals(0, quiet.peopleChecked());
        assertEquals(0, quiet.total());
    }

    @Test
    void aStoreThatCannotTellMakesAnIncrementalRunAFullOne() {
        add("one", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        CrossCheckReport first = s.check.run(FULL);
        CrossCheck blind = CrossChecks.crossCheck(s.recognitions, new Blind(s.people), s.registries,
                PolicyPacks.liaoning().categoryCatalogues(), List.of(s.a, s.b));
        CrossCheckReport again = blind.run(CrossCheckRequest.since(first.nextSequence(), AS_OF, Fixture.year2021()));
        assertEquals(first.discrepancies(), again.discrepancies());
    }

    @Test
    void aNegativePositionIsRefusedWithoutEchoingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CrossCheckRequest.since(-42, AS_OF, Fixture.year2021()));
        assertEquals("changes.sequence-negative", e.violations().get(0).code());
        assertEquals("sequence", e.violations().get(0).path());
        assertFalse(e.getMessage().contains("42"));
        assertThrows(InvalidInputException.class, () -> s.people.changedSince(-1));
    }

    @Test
    void aParallelRunCountsRecordsAndPaymentsWithoutPersonAsTheSequentialRunDoes() {
        s.recognitions.save(recognised("ghost", RECOGNISED, "DISABLED"), 0);
        PersonRecord stranger = person("stranger", HEPING, LocalDate.of(1980, 1, 1), RetirementClass.MALE_60);
        s.a.record(flexible(stranger, SHENYANG, YearMonth.of(2021, 3), "FSI-X"));
        add("stale", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        CrossCheckReport parallel = s.check.runParallel(FULL, 2);
        assertEquals(s.check.run(FULL), parallel);
        assertEquals(1, parallel.peopleWithoutRecord());
        assertEquals(1, parallel.paymentsWithoutPerson());
        assertEquals(1, parallel.count(DiscrepancyKind.EVIDENCE_MISSING));
    }

    @Test
    void aStoreFailingInAParallelRunFailsTheRun() {
        add("one", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        add("two", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        CrossCheck failing = CrossChecks.crossCheck(s.recognitions, new Blind(s.people) {
            @Override
            public Optional<PersonRecord> find(PersonId id) {
                throw new StorageException("the person store is down");
            }
        }, s.registries, PolicyPacks.liaoning().categoryCatalogues(), List.of(s.a, s.b));
        StorageException e = assertThrows(StorageException.class, () -> failing.runParallel(FULL, 3));
        assertEquals("the person store is down", e.getMessage());
    }

    @Test
    void threadsOutsideOneTo256AreRefusedByTheEngineAndByTheDefault() {
        CrossCheck plain = new CrossCheck() {
            @Override
            public CrossCheckReport run(CrossCheckRequest request) {
                return s.check.run(request);
            }

            @Override
            public CrossCheckReport run(CrossCheckRequest request, Consumer<? super Discrepancy> sink) {
                return s.check.run(request, sink);
            }
        };
        add("one", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        for (CrossCheck c : List.of(s.check, plain)) {
            for (int threads : new int[] {0, -3, 257}) {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> c.runParallel(FULL, threads));
                assertEquals("cross-check.threads", e.violations().get(0).code());
                assertEquals("threads", e.violations().get(0).path());
                assertFalse(e.getMessage().contains(String.valueOf(threads)));
            }
            assertEquals(s.check.run(FULL), c.runParallel(FULL, 256));
        }
    }

    @Test
    void nothingPrintedShowsAnIdNumberInClear() {
        PersonRecord p = add("printed", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        CrossCheckReport r = s.check.run(FULL);
        Discrepancy d = only(r, "printed");
        String clear = p.idNumber().value();
        assertFalse(d.toString().contains(clear));
        assertFalse(r.toString().contains(clear));
        assertFalse(d.actionText().contains(clear));
        assertTrue(d.toString().contains(p.idNumber().masked()));
    }

    /** A person store that delegates and keeps the SPI's default change feed: it cannot tell. */
    private static class Blind implements PersonStore {
        private final PersonStore inner;

        Blind(PersonStore inner) {
            this.inner = inner;
        }

        @Override
        public void save(PersonRecord person) {
            inner.save(person);
        }

        @Override
        public BatchResult saveAll(List<PersonRecord> people) {
            return inner.saveAll(people);
        }

        @Override
        public Optional<PersonRecord> find(PersonId id) {
            return inner.find(id);
        }

        @Override
        public void forEach(Consumer<? super PersonRecord> action) {
            inner.forEach(action);
        }

        @Override
        public long count() {
            return inner.count();
        }
    }

    @Test
    void theListIsInReportOrder() {
        add("b", "URBAN_MINIMUM_LIVING_ALLOWANCE");
        add("a", "URBAN_MINIMUM_LIVING_ALLOWANCE", "MARTYR_FAMILY");
        List<Discrepancy> found = s.check.run(FULL).discrepancies();
        List<Discrepancy> sorted = new ArrayList<>(found);
        sorted.sort(Discrepancy.ORDER);
        assertEquals(sorted, found);
        assertEquals(List.of("a", "a", "b"), found.stream().map(d -> d.person().value()).collect(Collectors.toList()));
        assertEquals(List.of("MARTYR_FAMILY", "URBAN_MINIMUM_LIVING_ALLOWANCE", "URBAN_MINIMUM_LIVING_ALLOWANCE"),
                found.stream().map(d -> d.category().orElseThrow()).collect(Collectors.toList()));
    }
}
