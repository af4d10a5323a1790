package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.subsidy.Ledgers;
import org.jobassist.impl.jackson.JobAssistModule;
import org.junit.jupiter.api.Test;

/**
 * The indicators block over the in-memory stores: clearing counts worked out by hand against
 * Liaoning's 20-day deadline (DOMAIN.md §2.2), ledger totals by hand, and the province lines
 * against the stores' own province answers.
 */
class AssessmentIndicatorsTest {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final LocalDate AS_OF = LocalDate.of(2021, 9, 30);
    static final DateRange TO_SEPTEMBER = DateRange.of(LocalDate.of(2021, 1, 1), AS_OF);
    static final ZeroEmploymentClearing CLEARING = ZeroEmploymentFamilies.clearing(PolicyPacks.liaoning());
    static final PersonId MEMBER = PersonId.of("M-1");

    static ZeroEmploymentCase open(String household, DivisionCode city, LocalDate identified) {
        return ZeroEmploymentCase.identified(HouseholdId.of(household), city, identified);
    }

    static ZeroEmploymentCaseStore cases() {
        ZeroEmploymentCaseStore store = InMemoryStores.zeroEmploymentCases();
        store.saveAll(List.of(
                // Deadline 10-10: open on 09-30.
                open("H1", SHENYANG, LocalDate.of(2021, 9, 20)),
                // Deadline 09-21: overdue on 09-30.
                open("H2", SHENYANG, LocalDate.of(2021, 9, 1)),
                // Deadline 08-21, cleared that day: on time.
                open("H3", SHENYANG, LocalDate.of(2021, 8, 1)).clearedBy(MEMBER, LocalDate.of(2021, 8, 21)),
                // Identified after the date asked about.
                open("H4", SHENYANG, LocalDate.of(2021, 10, 5)),
                // Deadline 07-21, cleared the day after: late.
                open("H5", DALIAN, LocalDate.of(2021, 7, 1)).clearedBy(MEMBER, LocalDate.of(2021, 7, 22)),
                // Deadline 10-05, cleared 10-01: not yet known on 09-30, so open.
                open("H6", DALIAN, LocalDate.of(2021, 9, 15)).clearedBy(MEMBER, LocalDate.of(2021, 10, 1))));
        return store;
    }

    static final ResidentIdNumber P1 = ResidentIdNumber.parse("11010519491231002X");
    static final ResidentIdNumber P2 = ResidentIdNumber.parse("210102196504151238");
    static final ResidentIdNumber P3 = ResidentIdNumber.parse("210115197503122044");
    static final Beneficiary POST_UNIT = Beneficiary.unit(UnifiedSocialCreditCode.parse("91350100M000100Y43"));
    static final Beneficiary TRAINER = Beneficiary.unit(UnifiedSocialCreditCode.parse("91210100MA0Y5QJ018"));

    static LedgerEntry monthly(SubsidyKind kind, Beneficiary payee, ResidentIdNumber person, DivisionCode city,
                               YearMonth month, String amount, int cap) {
        return LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month)).payee(payee)
                .person(person).city(city).month(month).amount(Money.parse(amount)).grantReference("G-" + kind.code())
                .grantedOn(month.atDay(10)).durationCapMonths(cap).build();
    }

    static EntitlementLedger ledger() {
        EntitlementLedger ledger = InMemoryStores.ledger(Ledgers.rules(2, 3));
        ledger.recordAll(List.of(
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, POST_UNIT, P1, SHENYANG, YearMonth.of(2021, 7), "1810.00", 36),
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, POST_UNIT, P1, SHENYANG, YearMonth.of(2021, 8), "1810.00", 36),
                // October lies outside the period.
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, POST_UNIT, P1, SHENYANG, YearMonth.of(2021, 10), "1810.00", 36),
                monthly(SubsidyKind.WORK_FOR_TRAINING, TRAINER, P2, DALIAN, YearMonth.of(2021, 5), "500.00", 6),
                monthly(SubsidyKind.WORK_FOR_TRAINING, TRAINER, P3, SHENYANG, YearMonth.of(2021, 6), "500.00", 6)));
        return ledger;
    }

    @Test
    void clearingCountsPerCityWorkedOutByHand() {
        Indicators indicators = AssessmentIndicators.of(PolicyPacks.liaoning(), cases(), ledger(), AS_OF, TO_SEPTEMBER);
        assertEquals(14, indicators.clearingByCity().size());
        assertEquals(new Indicators.Clearing(SHENYANG, 1, 1, 1, 0), indicators.clearing(SHENYANG).orElseThrow());
        assertEquals(new Indicators.Clearing(DALIAN, 1, 0, 0, 1), indicators.clearing(DALIAN).orElseThrow());
        assertEquals(new Indicators.Clearing(DivisionCode.of("211400"), 0, 0, 0, 0),
                indicators.clearingByCity().get(13));
        assertEquals(new Indicators.Clearing(DivisionCode.LIAONING, 2, 1, 1, 1), indicators.clearingProvince());
        assertEquals(1, indicators.notYetIdentified());
        assertEquals(AS_OF, indicators.clearingAsOf());
    }

    @Test
    void subsidyTotalsPerKindAndCityWorkedOutByHand() {
        Indicators indicators = AssessmentIndicators.of(PolicyPacks.liaoning(), cases(), ledger(), AS_OF, TO_SEPTEMBER);
        assertEquals(List.of(
                new LedgerTotal(SubsidyKind.PUBLIC_WELFARE_POST, SHENYANG, 1, 1, 2, Money.parse("3620.00")),
                new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, SHENYANG, 1, 1, 1, Money.parse("500.00")),
                new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, DALIAN, 1, 1, 1, Money.parse("500.00"))),
                indicators.subsidiesByCity());
        // The trainer is paid in two cities: the province line counts it in each.
        assertEquals(List.of(
                new LedgerTotal(SubsidyKind.PUBLIC_WELFARE_POST, DivisionCode.LIAONING, 1, 1, 2, Money.parse("3620.00")),
                new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, DivisionCode.LIAONING, 2, 2, 2, Money.parse("1000.00"))),
                indicators.subsidiesProvince());
    }

    @Test
    void aCityNotAProvinceIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AssessmentIndicators.of(CLEARING,
                cases(), ledger(), Divisions.builtIn(), SHENYANG, AS_OF, TO_SEPTEMBER));
        assertEquals("indicators.province", e.code());
    }

    @Test
    void subsidyProvinceLineAgreesWithTheLedgersProvinceTotal() {
        DateRange year = DateRange.ofYear(Ledgers.DEFAULT_YEAR);
        Properties.qt().withExamples(200).forAll(Ledgers.entries()).checkAssert(batch -> {
            EntitlementLedger ledger = InMemoryStores.ledger(Ledgers.rules(2, 3));
            ledger.recordAll(batch);
            Indicators indicators = AssessmentIndicators.of(CLEARING, InMemoryStores.zeroEmploymentCases(), ledger,
                    Divisions.builtIn(), DivisionCode.LIAONING, AS_OF, year);
            long entries = 0;
            for (SubsidyKind kind : SubsidyKind.values()) {
                LedgerTotal province = ledger.totals(kind, DivisionCode.LIAONING, year);
                LedgerTotal line = indicators.subsidyProvince(kind);
                assertEquals(province.entries(), line.entries(), kind.code());
                assertEquals(province.amount(), line.amount(), kind.code());
                assertTrue(line.payees() >= province.payees(), kind.code());
                assertTrue(line.persons() >= province.persons(), kind.code());
                entries += line.entries();
            }
            assertEquals(batch.size(), entries);
        });
    }

    @Test
    void clearingLinesCountEveryCaseOnceByItsStatus() {
        List<DivisionCode> cities = Divisions.builtIn().children(DivisionCode.LIAONING).stream()
                .map(Division::code).toList();
        LocalDate start = LocalDate.of(2021, 1, 1);
        Properties.qt().withExamples(200)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40),
                        integers().between(0, 364))
                .checkAssert((codes, asOfDay) -> {
                    LocalDate asOf = start.plusDays(asOfDay);
                    List<ZeroEmploymentCase> drawn = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        int code = codes.get(i);
                        ZeroEmploymentCase c = open("H" + i, cities.get(code % 14), start.plusDays((code / 14) % 365));
                        int clearing = (code / (14 * 365)) % 61;
                        drawn.add(clearing == 60 ? c : c.clearedBy(MEMBER, c.identifiedDate().plusDays(clearing)));
                    }
                    ZeroEmploymentCaseStore store = InMemoryStores.zeroEmploymentCases();
                    store.saveAll(drawn);
                    Indicators indicators = AssessmentIndicators.of(CLEARING, store, InMemoryStores.ledger(
                            Ledgers.rules(2, 3)), Divisions.builtIn(), DivisionCode.LIAONING, asOf, DateRange.ofYear(2021));
                    Map<DivisionCode, Map<ClearingStatus, Integer>> expected = new java.util.TreeMap<>();
                    int later = 0;
                    for (ZeroEmploymentCase c : drawn) {
                        if (c.identifiedDate().isAfter(asOf)) {
                            later++;
                            continue;
                        }
                        expected.computeIfAbsent(c.city(), k -> new EnumMap<>(ClearingStatus.class))
                                .merge(CLEARING.status(c, asOf), 1, Integer::sum);
                    }
                    assertEquals(later, indicators.notYetIdentified());
                    assertEquals(drawn.size(), indicators.clearingProvince().total() + indicators.notYetIdentified());
                    Set<DivisionCode> seen = new HashSet<>();
                    for (Indicators.Clearing line : indicators.clearingByCity()) {
                        seen.add(line.city());
                        Map<ClearingStatus, Integer> counts = expected.getOrDefault(line.city(), Map.of());
                        for (ClearingStatus status : ClearingStatus.values()) {
                            assertEquals(counts.getOrDefault(status, 0), line.count(status), line.city() + " " + status);
                        }
                    }
                    assertEquals(new HashSet<>(cities), seen);
                });
    }

    @Test
    void aReportCarriesItsIndicatorsInTextAndJson() throws Exception {
        Indicators indicators = AssessmentIndicators.of(PolicyPacks.liaoning(), cases(), ledger(), AS_OF, TO_SEPTEMBER);
        ProgressReport bare = AssessmentFixtures.small();
        ProgressReport full = bare.withIndicators(indicators);
        assertTrue(bare.indicators().isEmpty());
        assertEquals(indicators, full.indicators().orElseThrow());
        assertNotEquals(bare, full);
        assertEquals(bare.cities(), full.cities());
        // The text is the report's own, then a blank line and the indicators' text.
        assertEquals(AssessmentReports.toText(bare) + "\n" + AssessmentReports.toText(indicators),
                AssessmentReports.toText(full));
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JobAssistModule());
        JsonNode json = mapper.readTree(mapper.writeValueAsString(full));
        assertEquals(mapper.readTree(mapper.writeValueAsString(indicators)), json.get("indicators"));
        assertTrue(mapper.readTree(mapper.writeValueAsString(bare)).get("indicators") == null);
    }
}
