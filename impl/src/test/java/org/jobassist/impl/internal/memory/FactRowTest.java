package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.person.Contributions;
import org.jobassist.testkit.person.Evidences;
import org.jobassist.testkit.time.Dates;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The compact row of the shared table: it gives back the evidence and history stored, and
 * answers the fast questions as {@link ContributionHistory} and {@link Evidence} do.
 */
class FactRowTest {

    private static final PersonId P = PersonId.of("p0");
    private static final Gen<LocalDate> DAYS = Dates.between(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));

    @Test
    void aCompactHistoryRoundTripsAndAnswersAsTheHistoryDoes() {
        Gen<LocalDate> asOf = DAYS;
        Properties.qt().forAll(asOf.flatMap(d -> Contributions.nearThreshold(P, d, 12)
                .zip(DAYS, (h, other) -> List.of(h, d, other)))).checkAssert(t -> {
                    ContributionHistory h = (ContributionHistory) t.get(0);
                    FactRow row = FactRow.EMPTY.withHistory(h);
                    assertTrue(row.hasHistory());
                    assertTrue(row.hasHistory(h));
                    assertEquals(Optional.of(h), row.history(P));
                    for (Object o : t.subList(1, 3)) {
                        LocalDate day = (LocalDate) o;
                        assertEquals(h.monthsWithoutEmployerContribution(day), row.monthsWithoutEmployerContribution(day),
                                day::toString);
                        assertEquals(h.lastEmployerPaidMonth(day), row.lastEmployerPaidMonth(day), day::toString);
                        for (int k = -30; k <= 12; k++) {
                            YearMonth m = YearMonth.from(day).plusMonths(k);
                            assertEquals(h.isEmployedIn(m), row.isEmployedIn(m), m::toString);
                        }
                    }
                });
    }

    @Test
    void aHistoryWithMonthsFarFromNowIsKeptAsGivenAndStillAnswers() {
        ContributionHistory far = ContributionHistory.of(P, List.of(ContributionMonth.employer(YearMonth.of(-50_000_000, 3)),
                ContributionMonth.employer(YearMonth.of(2020, 1)), ContributionMonth.employer(YearMonth.of(60_000_000, 1))));
        FactRow row = FactRow.EMPTY.withHistory(far);
        assertEquals(Optional.of(far), row.history(P));
        assertTrue(row.hasHistory(far));
        LocalDate day = LocalDate.of(2021, 6, 30);
        // February 2020 to May 2021.
        assertEquals(16, row.monthsWithoutEmployerContribution(day));
        assertEquals(far.monthsWithoutEmployerContribution(day), row.monthsWithoutEmployerContribution(day));
        assertTrue(row.isEmployedIn(YearMonth.of(60_000_000, 1)));
        assertFalse(row.isEmployedIn(YearMonth.of(2020, 2)));
    }

    @Test
    void noHistoryIsNeverEmployed() {
        FactRow row = FactRow.EMPTY;
        assertFalse(row.hasHistory());
        assertEquals(Optional.empty(), row.history(P));
        assertEquals(ContributionHistory.NEVER, row.monthsWithoutEmployerContribution(LocalDate.of(2021, 6, 30)));
        assertEquals(Optional.empty(), row.lastEmployerPaidMonth(LocalDate.of(2021, 6, 30)));
        assertFalse(row.isEmployedIn(YearMonth.of(2021, 6)));
        assertFalse(row.hasHistory(ContributionHistory.empty(P)));
        // An empty history stored is a history, unlike none.
        assertTrue(row.withHistory(ContributionHistory.empty(P)).hasHistory());
    }

    @Test
    void evidenceOfEverySourceRoundTripsPerSourceInTheSpiOrder() {
        Properties.qt().forAll(DAYS.flatMap(d -> Evidences.flags().flatMap(f -> Evidences.around(P, f, d))
                .zip(Evidences.flags().flatMap(f -> Evidences.around(P, f, d)),
                        Evidences.flags().flatMap(f -> Evidences.around(P, f, d)), (a, b, c) -> List.of(a, b, c))
                .map(list -> new Object[] {d, list}))).checkAssert(t -> {
                    LocalDate day = (LocalDate) t[0];
                    @SuppressWarnings("unchecked")
                    List<Evidence> all = (List<Evidence>) t[1];
                    FactRow row = FactRow.EMPTY;
                    List<Evidence> kept = new ArrayList<>();
                    for (RegistrySource s : RegistrySource.values()) {
                        List<Evidence> of = new ArrayList<>();
                        for (Evidence e : all) {
                            if (e.source() == s && of.stream().noneMatch(x -> x.sameRecordAs(e))) {
                                of.add(e);
                            }
                        }
                        kept.addAll(of);
                        row = row.withEvidence(s, of);
                    }
                    int mask = 0;
                    for (RegistrySource s : RegistrySource.values()) {
                        List<Evidence> expected = new ArrayList<>();
                        for (Evidence e : kept) {
                            if (e.source() == s) {
                                expected.add(e);
                            }
                        }
                        expected.sort(FactRow.ORDER);
                        assertEquals(expected, row.evidence(s));
                        List<Evidence> holding = new ArrayList<>();
                        for (Evidence e : expected) {
                            if (e.isValidOn(day)) {
                                holding.add(e);
                                mask |= 1 << e.flag().ordinal();
                            }
                        }
                        assertEquals(holding, row.evidence(s, day.toEpochDay()));
                    }
                    assertEquals(mask, row.flagsAt(day.toEpochDay()));
                    for (RegistryFlag f : RegistryFlag.values()) {
                        Optional<Evidence> first = Optional.empty();
                        for (Evidence e : kept) {
                            if (e.flag() == f && e.isValidOn(day)
                                    && (first.isEmpty() || FactRow.ORDER.compare(e, first.get()) < 0)) {
                                first = Optional.of(e);
                            }
                        }
                        assertEquals(first, row.find(f, day.toEpochDay()), f::name);
                    }
                });
    }

    @Test
    void replacingOneSourceKeepsTheOthersAndTheHistory() {
        Evidence civil = Evidence.of(P, RegistryFlag.SINGLE_PARENT_OF_MINOR, "C-1", LocalDate.of(2021, 1, 5),
                DateRange.ofYear(2021));
        ContributionHistory h = ContributionHistory.of(P, List.of(ContributionMonth.employer(YearMonth.of(2020, 1))));
        RegistryFlag host = firstFlagOf(RegistrySource.HOST);
        Evidence own = Evidence.of(P, host, "H-1", LocalDate.of(2021, 1, 5), DateRange.ofYear(2021));
        FactRow row = FactRow.EMPTY.withEvidence(RegistrySource.CIVIL_AFFAIRS, List.of(civil)).withHistory(h)
                .withEvidence(RegistrySource.HOST, List.of(own));
        assertEquals(List.of(civil), row.evidence(RegistrySource.CIVIL_AFFAIRS));
        assertEquals(List.of(own), row.evidence(RegistrySource.HOST));
        assertEquals(Optional.of(h), row.history(P));
        FactRow cleared = row.withEvidence(RegistrySource.CIVIL_AFFAIRS, List.of());
        assertEquals(List.of(), cleared.evidence(RegistrySource.CIVIL_AFFAIRS));
        assertEquals(List.of(own), cleared.evidence(RegistrySource.HOST));
        assertEquals(1 << host.ordinal(), cleared.flagsAt(LocalDate.of(2021, 6, 1).toEpochDay()));
    }

    @Test
    void theBundleSharesOneTableAndEachRegistryCountsItsOwn() {
        Registries r = InMemoryStores.registries();
        FactTable table = FactTable.sharedBy(r);
        assertNotNull(table);
        Evidence civil = Evidence.of(P, RegistryFlag.SINGLE_PARENT_OF_MINOR, "C-1", LocalDate.of(2021, 1, 5),
                DateRange.ofYear(2021));
        r.civilAffairs().record(civil);
        ContributionHistory h = ContributionHistory.of(P, List.of(ContributionMonth.employer(YearMonth.of(2020, 1))));
        r.socialInsurance().record(h);
        assertEquals(1, r.civilAffairs().count());
        assertEquals(1, r.socialInsurance().count());
        assertEquals(0, r.hostRecords().count());
        FactRow row = table.row(P);
        assertEquals(List.of(civil), row.evidence(RegistrySource.CIVIL_AFFAIRS));
        assertEquals(Optional.of(h), row.history(P));
        assertSame(FactRow.EMPTY, table.row(PersonId.of("nobody")));
        // Recording the history again changes nothing and counts it unchanged.
        assertEquals(1, r.socialInsurance().recordAll(List.of(h)).unchanged());
        assertEquals(List.of(civil), r.civilAffairs().history(P));
    }

    @Test
    void registriesOverSeveralTablesAreNotShared() {
        Registries together = InMemoryStores.registries();
        SocialInsuranceRegistry alone = InMemoryStores.socialInsurance();
        Registries mixed = new Registries(together.civilAffairs(), together.disabledPersonsFederation(),
                together.ruralRevitalisation(), together.veteransAffairs(), together.hostRecords(), alone);
        assertNull(FactTable.sharedBy(mixed));
        Registries separate = new Registries(InMemoryStores.civilAffairs(), InMemoryStores.disabledPersonsFederation(),
                InMemoryStores.ruralRevitalisation(), InMemoryStores.veteransAffairs(), InMemoryStores.hostRecords(),
                InMemoryStores.socialInsurance());
        assertNull(FactTable.sharedBy(separate));
    }

    private static RegistryFlag firstFlagOf(RegistrySource s) {
        for (RegistryFlag f : RegistryFlag.values()) {
            if (f.source() == s) {
                return f;
            }
        }
        throw new AssertionError(s);
    }
}
