package org.jobassist.api.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** The discrepancy model, the change-feed answer and the death flags. */
class CrossCheckModelTest {

    private static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    private static final PersonId P = PersonId.of("P1");
    private static final LocalDate DAY = LocalDate.of(2021, 11, 9);

    @Test
    void registryEvidenceKeepsItsSourceReferenceDatesAndFlag() {
        Evidence e = Evidence.of(P, RegistryFlag.DISABILITY_CERTIFICATE, "DPF-7", LocalDate.of(2021, 2, 20),
                DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31))).withdrawnOn(LocalDate.of(2021, 6, 1));
        EvidenceRef ref = EvidenceRef.of(e);
        assertEquals(EvidenceSource.DISABLED_PERSONS_FEDERATION, ref.source());
        assertEquals("DPF-7", ref.reference());
        assertEquals(LocalDate.of(2021, 2, 20), ref.asOf());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 31)), ref.validUntil());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), ref.withdrawnOn());
        assertEquals("DISABILITY_CERTIFICATE", ref.detail());
        EvidenceRef open = EvidenceRef.of(Evidence.of(P, RegistryFlag.MARTYR_FAMILY, "VA-1", DAY,
                DateRange.startingOn(DAY)));
        assertEquals(Optional.empty(), open.validUntil());
        assertEquals(Optional.empty(), open.withdrawnOn());
    }

    @Test
    void everyRegistrySourceHasAnEvidenceSourceOfTheSameName() {
        for (RegistrySource s : RegistrySource.values()) {
            assertEquals(s.name(), EvidenceSource.of(s).name());
        }
    }

    @Test
    void aContributionMonthAndARetirementAreEvidenceToo() {
        EvidenceRef month = EvidenceRef.employerPaid(YearMonth.of(2021, 5));
        assertEquals(EvidenceSource.SOCIAL_INSURANCE, month.source());
        assertEquals(LocalDate.of(2021, 5, 1), month.asOf());
        EvidenceRef retired = EvidenceRef.retirement(LocalDate.of(2021, 10, 20));
        assertEquals(EvidenceSource.PERSON_RECORD, retired.source());
        assertEquals("statutory-retirement", retired.reference());
    }

    @Test
    void aBlankReferenceAndADiscrepancyWithoutEvidenceAreRefused() {
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> EvidenceRef.of(EvidenceSource.HOST, "  ", DAY, null, null, ""));
        assertEquals("evidence-ref.reference-blank", blank.violations().get(0).code());
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> Discrepancy.of(
                DiscrepancyKind.DECEASED, P, ID, null, DAY, List.of(), SuggestedAction.EXIT_RECOGNITION, "x"));
        assertEquals("discrepancy.no-evidence", none.violations().get(0).code());
        assertEquals("evidence", none.violations().get(0).path());
        assertFalse(none.getMessage().contains(ID.value()));
    }

    @Test
    void aDiscrepancyKeepsTheIdNumberOnlyMasked() {
        Discrepancy d = Discrepancy.of(DiscrepancyKind.DECEASED, P, ID, null, DAY,
                List.of(EvidenceRef.retirement(DAY)), SuggestedAction.EXIT_RECOGNITION, "end it");
        assertEquals("110105********002X".length(), d.maskedIdNumber().length());
        assertEquals(ID.masked(), d.maskedIdNumber());
        assertFalse(d.toString().contains(ID.value()));
        assertEquals(Optional.empty(), d.category());
    }

    @Test
    void kindsAndActionsHaveStableKebabCodes() {
        assertEquals(List.of("evidence-expired", "evidence-withdrawn", "evidence-missing",
                "employed-while-flexible-subsidy", "past-statutory-retirement", "deceased", "paid-in-two-cities"),
                java.util.Arrays.stream(DiscrepancyKind.values()).map(DiscrepancyKind::code).toList());
        assertEquals("跨市重复领取", DiscrepancyKind.PAID_IN_TWO_CITIES.nameZh());
        assertEquals(List.of("review-recognition", "confirm-with-registry", "exit-recognition",
                "stop-and-recover-payment"),
                java.util.Arrays.stream(SuggestedAction.values()).map(SuggestedAction::code).toList());
    }

    @Test
    void aReportCompletesItsCountsWithZeros() {
        CrossCheckReport r = new CrossCheckReport(CrossCheckRequest.full(DAY, DateRange.ofYear(2021)), 3, 0, 2, 0,
                List.of(), Map.of(DiscrepancyKind.DECEASED, 2L), 7);
        assertEquals(DiscrepancyKind.values().length, r.counts().size());
        assertEquals(2, r.count(DiscrepancyKind.DECEASED));
        assertEquals(0, r.count(DiscrepancyKind.EVIDENCE_MISSING));
        assertEquals(2, r.total());
        assertFalse(r.request().isIncremental());
        assertTrue(CrossCheckRequest.since(7, DAY, DateRange.ofYear(2021)).isIncremental());
    }

    @Test
    void aChangeFeedAnswerNamesKeysOrEverything() {
        Changes<PersonId> some = Changes.of(List.of(P), 5);
        assertEquals(Set.of(P), some.keys());
        assertTrue(some.includes(P));
        assertFalse(some.includes(PersonId.of("P2")));
        assertEquals(5, some.sequence());
        Changes<PersonId> all = Changes.everything(9);
        assertTrue(all.isEverything());
        assertTrue(all.includes(PersonId.of("P2")));
        assertThrows(IllegalStateException.class, all::keys);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Changes.everything(-3));
        assertEquals("changes.sequence-negative", e.violations().get(0).code());
        assertFalse(some.toString().contains("P1"));
    }

    @Test
    void deathFlagsBelongToCivilAffairsAndTheHost() {
        assertEquals(RegistrySource.CIVIL_AFFAIRS, RegistryFlag.DECEASED.source());
        assertEquals(RegistrySource.HOST, RegistryFlag.REPORTED_DECEASED.source());
    }
}
