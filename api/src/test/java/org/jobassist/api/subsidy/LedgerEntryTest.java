package org.jobassist.api.subsidy;

import static org.jobassist.api.subsidy.LedgerFixtures.ANNA;
import static org.jobassist.api.subsidy.LedgerFixtures.BO;
import static org.jobassist.api.subsidy.LedgerFixtures.EMPLOYER;
import static org.jobassist.api.subsidy.LedgerFixtures.GRANTED;
import static org.jobassist.api.subsidy.LedgerFixtures.SHENYANG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final YearMonth MARCH = YearMonth.of(2021, 3);

    @Test
    void employerEntryIsKeyedOnThePerson() {
        LedgerEntry e = LedgerFixtures.employer(ANNA, MARCH, 36);
        assertAll(
                () -> assertEquals(IdempotencyKey.monthly(Beneficiary.person(ANNA),
                        SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, MARCH), e.key()),
                () -> assertEquals(Beneficiary.person(ANNA), e.subject()),
                () -> assertEquals(EMPLOYER, e.payee()),
                () -> assertEquals(Optional.of(ANNA), e.person()),
                () -> assertEquals(Optional.of(MARCH), e.month()),
                () -> assertEquals(LocalDate.of(2021, 3, 1), e.accountingDate()),
                () -> assertEquals(Money.ofYuan(500), e.amount()),
                () -> assertEquals(OptionalInt.of(36), e.durationCapMonths()),
                () -> assertEquals("2021-03", e.period()));
    }

    @Test
    void personPayeeConcernsThemself() {
        LedgerEntry e = LedgerFixtures.training(ANNA, "C-1");
        assertEquals(Optional.of(ANNA), e.person());
        assertEquals(GRANTED, e.accountingDate());
        assertEquals(Optional.empty(), e.month());
        assertEquals("once:C-1", e.key().period());
    }

    @Test
    void yearlyRefundHasNoPerson() {
        LedgerEntry refund = LedgerEntry.builder(IdempotencyKey.yearly(EMPLOYER, SubsidyKind.JOB_STABILISATION_REFUND,
                        Year.of(2020)))
                .payee(EMPLOYER).city(SHENYANG).amount(Money.ofYuan(12_000)).grantReference("R-2020")
                .grantedOn(LocalDate.of(2021, 6, 30)).build();
        assertEquals(Optional.empty(), refund.person());
        assertEquals(EMPLOYER, refund.subject());
        assertEquals("2020", refund.key().period());
        assertEquals(refund.key(), refund.key());
    }

    @Test
    void equalityCoversContent() {
        assertEquals(LedgerFixtures.employer(ANNA, MARCH, 36), LedgerFixtures.employer(ANNA, MARCH, 36));
        assertEquals(LedgerFixtures.employer(ANNA, MARCH, 36).hashCode(), LedgerFixtures.employer(ANNA, MARCH, 36).hashCode());
        assertNotEquals(LedgerFixtures.employer(ANNA, MARCH, 36), LedgerFixtures.employer(ANNA, MARCH, 35));
        assertNotEquals(LedgerFixtures.employer(ANNA, MARCH, 36), LedgerFixtures.employer(ANNA, MARCH, 0));
    }

    @Test
    void everyFaultAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LedgerEntry.builder(
                        IdempotencyKey.monthly(Beneficiary.person(BO), SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, MARCH))
                .payee(Beneficiary.person(ANNA)).person(BO).city(DivisionCode.of("210102")).month(MARCH.plusMonths(1))
                .amount(Money.ofFen(-1)).grantReference(" ").grantedOn(GRANTED).durationCapMonths(0).build());
        assertEquals(List.of("ledger-entry.person", "ledger-entry.month", "ledger-entry.city-level",
                "ledger-entry.negative-amount", "ledger-entry.grant-reference", "ledger-entry.duration-cap"), codes(e));
        assertEquals(List.of("person", "month", "city", "amount", "grantReference", "durationCapMonths"),
                e.violations().stream().map(Violation::path).toList());
        assertNoId(e);
    }

    @Test
    void requiredFields() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LedgerEntry.builder(
                IdempotencyKey.once(EMPLOYER, SubsidyKind.HIRING, "H-1")).build());
        assertEquals(List.of("payee", "city", "amount", "grantReference", "grantedOn"),
                e.violations().stream().map(Violation::path).toList());
        e.violations().forEach(v -> assertEquals("ledger-entry.required", v.code()));
    }

    @Test
    void subjectMustBeThePerson() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LedgerEntry.builder(
                        IdempotencyKey.monthly(EMPLOYER, SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, MARCH))
                .payee(EMPLOYER).person(ANNA).city(SHENYANG).month(MARCH).amount(Money.ofYuan(1))
                .grantReference("A").grantedOn(GRANTED).build());
        assertEquals(List.of("ledger-entry.subject"), codes(e));
        assertNoId(e);
    }

    @Test
    void oneTimeKindHasNoMonthNorCap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LedgerEntry.builder(
                        IdempotencyKey.once(Beneficiary.person(ANNA), SubsidyKind.VOCATIONAL_TRAINING, "C-1"))
                .payee(Beneficiary.person(ANNA)).city(SHENYANG).month(MARCH).amount(Money.ofYuan(1))
                .grantReference("C-1").grantedOn(GRANTED).durationCapMonths(3).build());
        assertEquals(List.of("ledger-entry.month", "ledger-entry.duration-cap"), codes(e));
    }

    @Test
    void monthlyKindNeedsItsMonth() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LedgerEntry.builder(
                        IdempotencyKey.monthly(Beneficiary.person(ANNA), SubsidyKind.PUBLIC_WELFARE_POST, MARCH))
                .payee(EMPLOYER).person(ANNA).city(SHENYANG).amount(Money.ofYuan(1))
                .grantReference("P-1").grantedOn(GRANTED).build());
        assertEquals(List.of("ledger-entry.month"), codes(e));
    }

    @Test
    void fromMonthlyDecision() {
        // An employer in 辽中区 (210115, Shenyang) hires Anna: three months at 812.40 yuan.
        SubsidyDecision decision = SubsidyDecision.builder(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, EMPLOYER,
                        DivisionCode.of("210115"))
                .person(ANNA).component("pension", Money.parse("640.00")).component("medical", Money.parse("172.40"))
                .months(List.of(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2))).build();
        List<LedgerEntry> entries = LedgerEntry.fromDecision(decision, "SI-2021-7", GRANTED, OptionalInt.of(36));
        assertEquals(3, entries.size());
        for (int i = 0; i < 3; i++) {
            LedgerEntry e = entries.get(i);
            int n = i;
            assertAll(
                    () -> assertEquals(IdempotencyKey.monthly(Beneficiary.person(ANNA),
                            SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, MARCH.plusMonths(n)), e.key()),
                    () -> assertEquals(Money.ofFen(81_240), e.amount()),
                    () -> assertEquals(SHENYANG, e.city()),
                    () -> assertEquals(EMPLOYER, e.payee()),
                    () -> assertEquals("SI-2021-7", e.grantReference()),
                    () -> assertEquals(OptionalInt.of(36), e.durationCapMonths()));
        }
    }

    @Test
    void fromOneTimeDecision() {
        SubsidyDecision decision = SubsidyDecision.builder(SubsidyKind.VOCATIONAL_TRAINING, Beneficiary.person(ANNA),
                SHENYANG).person(ANNA).component("training", Money.ofYuan(1_000)).build();
        List<LedgerEntry> entries = LedgerEntry.fromDecision(decision, "CERT-9", GRANTED, OptionalInt.empty());
        assertEquals(1, entries.size());
        assertEquals(IdempotencyKey.once(Beneficiary.person(ANNA), SubsidyKind.VOCATIONAL_TRAINING, "CERT-9"),
                entries.get(0).key());
        assertEquals(Money.ofYuan(1_000), entries.get(0).amount());
    }

    /** A refund decision of 12,000 yuan for EMPLOYER that read its SME ratio as in force on 1 January of {@code refundYear}. */
    private static SubsidyDecision refundDecision(int refundYear) {
        LegalBasis basis = new LegalBasis("文号待确认", "测试", "Test", null, null);
        PolicyValue<Ratio> sme = PolicyValue.of(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME, DivisionCode.LIAONING,
                LocalDate.of(2021, 1, 1), null, Ratio.percent("60"), basis);
        return SubsidyDecision.builder(SubsidyKind.JOB_STABILISATION_REFUND, EMPLOYER, SHENYANG)
                .read(new ResolvedValue<>(sme, SHENYANG, LocalDate.of(refundYear, 1, 1), "test", "1"))
                .component("refund", Money.ofYuan(12_000)).build();
    }

    @Test
    void refundIsKeyedYearlyOnTheRefundYearItsRatioWasReadFor() {
        // Granted late, on 2022-02-10, the 2021 refund is still the 2021 refund.
        List<LedgerEntry> entries = LedgerEntry.fromDecision(refundDecision(2021), "R-2021-A",
                LocalDate.of(2022, 2, 10), OptionalInt.empty());
        assertEquals(1, entries.size());
        LedgerEntry e = entries.get(0);
        assertAll(
                () -> assertEquals(IdempotencyKey.yearly(EMPLOYER, SubsidyKind.JOB_STABILISATION_REFUND, Year.of(2021)),
                        e.key()),
                () -> assertEquals("2021", e.period()),
                () -> assertEquals("R-2021-A", e.grantReference()),
                () -> assertEquals(Money.ofYuan(12_000), e.amount()),
                () -> assertEquals(Optional.empty(), e.person()),
                () -> assertEquals(LocalDate.of(2022, 2, 10), e.accountingDate()));
    }

    @Test
    void twoRefundsOfOneUnitAndYearShareTheKeyWhateverTheirReferences() {
        LedgerEntry first = LedgerEntry.fromDecision(refundDecision(2021), "R-2021-A", GRANTED.withYear(2021),
                OptionalInt.empty()).get(0);
        LedgerEntry second = LedgerEntry.fromDecision(refundDecision(2021), "R-2021-B", LocalDate.of(2021, 9, 1),
                OptionalInt.empty()).get(0);
        LedgerEntry nextYear = LedgerEntry.fromDecision(refundDecision(2022), "R-2022-A", LocalDate.of(2022, 6, 1),
                OptionalInt.empty()).get(0);
        assertEquals(first.key(), second.key());
        assertNotEquals(first, second, "same key, other content: the ledger calls it a conflict");
        assertNotEquals(first.key(), nextYear.key());
        assertEquals(List.of(new Violation("entries[1]", "ledger.key-conflict",
                        "the ledger already holds an entry with this key and other content")),
                LedgerFixtures.rules().check(List.of(), List.of(first, second)));
    }

    @Test
    void handBuiltRefundWithoutRatioIsForTheYearOfTheGrant() {
        SubsidyDecision plain = SubsidyDecision.builder(SubsidyKind.JOB_STABILISATION_REFUND, EMPLOYER, SHENYANG)
                .component("refund", Money.ofYuan(5_000)).build();
        assertEquals(IdempotencyKey.yearly(EMPLOYER, SubsidyKind.JOB_STABILISATION_REFUND, Year.of(2021)),
                LedgerEntry.fromDecision(plain, "R-1", GRANTED, OptionalInt.empty()).get(0).key());
    }

    @Test
    void otherOneTimeKindsStayKeyedOnTheirReference() {
        for (SubsidyKind kind : SubsidyKind.values()) {
            if (kind.isMonthly() || kind == SubsidyKind.JOB_STABILISATION_REFUND) {
                continue;
            }
            SubsidyDecision d = SubsidyDecision.builder(kind, EMPLOYER, SHENYANG)
                    .component("grant", Money.ofYuan(100)).build();
            assertEquals(IdempotencyKey.once(EMPLOYER, kind, "REF-7"),
                    LedgerEntry.fromDecision(d, "REF-7", GRANTED, OptionalInt.empty()).get(0).key(), kind.code());
        }
    }

    @Test
    void fromIneligibleDecision() {
        SubsidyDecision decision = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, SHENYANG)
                .person(ANNA).ineligible("public-welfare-post.placements-exhausted", "no").build();
        assertEquals(List.of(), LedgerEntry.fromDecision(decision, "P-3", GRANTED, OptionalInt.of(36)));
    }

    @Test
    void fromDecisionRefusesBadReferenceAndProvince() {
        SubsidyDecision oneTime = SubsidyDecision.builder(SubsidyKind.VOCATIONAL_TRAINING, Beneficiary.person(ANNA),
                SHENYANG).component("training", Money.ofYuan(1_000)).build();
        assertEquals("ledger-entry.grant-reference", assertThrows(InvalidInputException.class,
                () -> LedgerEntry.fromDecision(oneTime, "", GRANTED, OptionalInt.empty())).code());
        SubsidyDecision province = SubsidyDecision.builder(SubsidyKind.VOCATIONAL_TRAINING, Beneficiary.person(ANNA),
                DivisionCode.LIAONING).component("training", Money.ofYuan(1_000)).build();
        assertEquals("ledger-entry.city-level", assertThrows(InvalidInputException.class,
                () -> LedgerEntry.fromDecision(province, "C", GRANTED, OptionalInt.empty())).code());
    }

    @Test
    void toStringMasks() {
        String text = LedgerFixtures.employer(ANNA, MARCH, 36).toString();
        assertFalse(text.contains(ANNA.value()));
        assertTrue(text.contains(ANNA.masked()));
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static void assertNoId(InvalidInputException e) {
        for (Violation v : e.violations()) {
            assertFalse(v.message().contains(ANNA.value()) || v.message().contains(BO.value()), v.code());
        }
    }
}
