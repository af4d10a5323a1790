package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.CertificateLevel;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.JobSearchGround;
import org.jobassist.api.subsidy.JobSearchSubsidyInput;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.SkillUpgradeSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.VocationalTrainingSubsidyInput;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Vocational training, skill-upgrade and job-search subsidies against DOMAIN §3.6; amounts worked out by hand. */
class TrainingSubsidiesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode DALIAN_ZHONGSHAN = DivisionCode.of("210202");
    static final LocalDate JUNE_1_2021 = LocalDate.of(2021, 6, 1);
    static final LegalBasis LOCAL = LegalBasis.of("文号待确认", "测试用地方标准", "Local amount for a test");
    /** An illustrative amount per certificate, not a sourced figure: Liaoning's is unknown. */
    static final Money TRAINING_AMOUNT = Money.ofYuan(800);
    static final PolicyPack WITH_TRAINING_AMOUNT = LN.withOverrides(List.of(PolicyValue.of(
            PolicyKeys.VOCATIONAL_TRAINING_AMOUNT, DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null,
            TRAINING_AMOUNT, LOCAL)));

    static List<String> codes(SubsidyDecision d) {
        return d.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    static void assertNoIdNumber(SubsidyDecision d) {
        String text = d.explanation().orElseThrow().render() + d;
        assertFalse(text.contains(PERSON.value()), text);
    }

    // ---- Skill-upgrade subsidy ----

    static SkillUpgradeSubsidyInput skill(CertificateLevel level, boolean insured) {
        return SkillUpgradeSubsidyInput.builder().worker(PERSON).level(level).certificateDate(JUNE_1_2021)
                .insuredOnCertificateDate(insured).jurisdiction(HEPING).build();
    }

    @Test
    @DisplayName("DOMAIN §3.6: skill-upgrade 1,000 / 1,500 / 2,000 yuan for level 5 / 4 / 3 certificates")
    void skillUpgradeAmountsByLevel() {
        assertEquals(Money.parse("1000.00"), Subsidies.skillUpgrade(LN).calculate(skill(CertificateLevel.LEVEL_5, true)).total());
        assertEquals(Money.parse("1500.00"), Subsidies.skillUpgrade(LN).calculate(skill(CertificateLevel.LEVEL_4, true)).total());
        SubsidyDecision level3 = Subsidies.skillUpgrade(LN).calculate(skill(CertificateLevel.LEVEL_3, true));
        assertEquals(Money.parse("2000.00"), level3.total());
        assertTrue(level3.isEligible());
        assertEquals(SubsidyKind.SKILL_UPGRADE, level3.kind());
        assertEquals(Beneficiary.person(PERSON), level3.beneficiary());
        assertEquals(Optional.of(PERSON), level3.person());
        assertTrue(level3.months().isEmpty());
        assertTrue(level3.roundings().isEmpty());
        assertEquals(1, level3.valuesRead().size());
        assertEquals("skill-upgrade.amount.level-3", level3.valuesRead().get(0).source().key().name());
        Explanation e = level3.explanation().orElseThrow();
        assertEquals(Optional.of("¥2,000.00"), e.result());
        assertEquals("文号待确认", e.legalBases().get(0).documentNumber());
        assertNoIdNumber(level3);
    }

    @Test
    void skillUpgradeLevelsTwoAndOneAreNotCovered() {
        for (CertificateLevel level : List.of(CertificateLevel.LEVEL_2, CertificateLevel.LEVEL_1)) {
            SubsidyDecision d = Subsidies.skillUpgrade(LN).calculate(skill(level, true));
            assertEquals(List.of("skill-upgrade.level-not-covered"), codes(d));
            assertEquals(Money.ZERO, d.total());
            assertTrue(d.valuesRead().isEmpty());
            assertEquals(Explanation.Outcome.NOT_SATISFIED, d.explanation().orElseThrow().outcome());
        }
    }

    @Test
    void skillUpgradeNeedsInsuranceOnTheCertificateDate() {
        SubsidyDecision d = Subsidies.skillUpgrade(LN).calculate(skill(CertificateLevel.LEVEL_3, false));
        assertEquals(List.of("skill-upgrade.not-insured"), codes(d));
        assertEquals(Money.ZERO, d.total());
        assertTrue(d.components().isEmpty());
        assertEquals(List.of("skill-upgrade.not-insured", "skill-upgrade.level-not-covered"),
                codes(Subsidies.skillUpgrade(LN).calculate(skill(CertificateLevel.LEVEL_1, false))));
        List<Explanation> failed = d.explanation().orElseThrow().failedConditions();
        assertEquals(List.of("skill-upgrade.insured"), failed.stream().map(Explanation::rule).toList());
        assertNoIdNumber(d);
    }

    @Test
    void skillUpgradeFollowsACityOverride() {
        // A city paying less than the provincial ceiling, as "up to" allows.
        PolicyPack lower = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_4, SHENYANG,
                LocalDate.of(2021, 1, 1), null, Money.ofYuan(1200), LOCAL)));
        SubsidyDecision d = Subsidies.skillUpgrade(lower).calculate(skill(CertificateLevel.LEVEL_4, true));
        assertEquals(Money.parse("1200.00"), d.total());
        assertEquals(SHENYANG, d.valuesRead().get(0).jurisdiction());
    }

    @Test
    void skillUpgradeBefore2021FindsNoValue() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.skillUpgrade(LN).calculate(SkillUpgradeSubsidyInput.builder().worker(PERSON)
                        .level(CertificateLevel.LEVEL_5).certificateDate(LocalDate.of(2020, 12, 31))
                        .insuredOnCertificateDate(true).jurisdiction(HEPING).build()));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, e.code());
        assertEquals("skill-upgrade.amount.level-5", e.keyName());
    }

    // ---- Vocational training subsidy ----

    static VocationalTrainingSubsidyInput training(int earlier, DivisionCode where) {
        return VocationalTrainingSubsidyInput.builder().trainee(PERSON).certificateDate(JUNE_1_2021)
                .earlierSubsidies(earlier).jurisdiction(where).build();
    }

    @Test
    void vocationalTrainingAmountIsUnsetInLiaoningAndTheFailureNamesKeyAndJurisdiction() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.vocationalTraining(LN).calculate(training(0, HEPING)));
        assertEquals("vocational-training.amount", e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
    }

    @Test
    @DisplayName("DOMAIN §3.6: at most 3 vocational training subsidies; the first three are paid")
    void firstThreeCertificatesArePaid() {
        for (int earlier = 0; earlier < 3; earlier++) {
            SubsidyDecision d = Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(training(earlier, HEPING));
            assertTrue(d.isEligible(), d.toString());
            assertEquals(Money.parse("800.00"), d.total());
            assertEquals(SubsidyKind.VOCATIONAL_TRAINING, d.kind());
            assertEquals(Beneficiary.person(PERSON), d.beneficiary());
            assertEquals(2, d.valuesRead().size());
            assertNoIdNumber(d);
        }
    }

    @Test
    @DisplayName("DOMAIN §3.6: the 4th certificate is refused, even where the amount is unset")
    void fourthCertificateIsRefused() {
        for (PolicyPack pack : List.of(WITH_TRAINING_AMOUNT, LN)) {
            SubsidyDecision d = Subsidies.vocationalTraining(pack).calculate(training(3, HEPING));
            assertEquals(List.of("vocational-training.limit-reached"), codes(d));
            assertTrue(d.ineligibilities().get(0).message().contains("3"));
            assertEquals(Money.ZERO, d.total());
            assertEquals(List.of("vocational-training.max-subsidies"),
                    d.valuesRead().stream().map(v -> v.source().key().name()).toList());
            Explanation e = d.explanation().orElseThrow();
            assertEquals(Explanation.Outcome.NOT_SATISFIED, e.outcome());
            assertEquals(List.of("vocational-training.limit"), e.failedConditions().stream().map(Explanation::rule).toList());
            assertNoIdNumber(d);
        }
        assertEquals(List.of("vocational-training.limit-reached"),
                codes(Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(training(7, DALIAN))));
    }

    @Test
    void vocationalTrainingBefore2021FindsNoLimit() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(VocationalTrainingSubsidyInput
                        .builder().trainee(PERSON).certificateDate(LocalDate.of(2020, 12, 31)).earlierSubsidies(0)
                        .jurisdiction(HEPING).build()));
        assertEquals("vocational-training.max-subsidies", e.keyName());
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, e.code());
    }

    @Test
    void theLedgerCountFeedsTheLimitAndTheLedgerRefusesAFourthCertificateToo() {
        EntitlementLedger ledger = InMemoryStores.ledger(LedgerRules.of(LN, HEPING, JUNE_1_2021));
        for (String certificate : List.of("CERT-0001", "CERT-0002", "CERT-0003")) {
            int earlier = ledger.grants(PERSON, SubsidyKind.VOCATIONAL_TRAINING).size();
            SubsidyDecision d = Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(training(earlier, HEPING));
            assertTrue(d.isEligible());
            LedgerEntry.fromDecision(d, certificate, JUNE_1_2021, OptionalInt.empty()).forEach(ledger::record);
        }
        int earlier = ledger.grants(PERSON, SubsidyKind.VOCATIONAL_TRAINING).size();
        assertEquals(3, earlier);
        assertEquals(List.of("vocational-training.limit-reached"),
                codes(Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(training(earlier, HEPING))));
        // A caller that skipped the count is still stopped by the ledger's grant cap.
        SubsidyDecision unchecked = Subsidies.vocationalTraining(WITH_TRAINING_AMOUNT).calculate(training(0, HEPING));
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                LedgerEntry.fromDecision(unchecked, "CERT-0004", JUNE_1_2021, OptionalInt.empty()).forEach(ledger::record));
        assertEquals("ledger.grant-cap", e.violations().get(0).code());
    }

    // ---- One-time job-search subsidy ----

    static JobSearchSubsidyInput.Builder jobSearch(DivisionCode where, LocalDate applied) {
        return JobSearchSubsidyInput.builder().graduate(PERSON).applicationDate(applied).jurisdiction(where);
    }

    @Test
    @DisplayName("DOMAIN §3.6: one-time job-search subsidy, Dalian 1,000 yuan, on each ground")
    void dalianPaysOneThousand() {
        for (JobSearchGround ground : JobSearchGround.values()) {
            for (DivisionCode where : List.of(DALIAN, DALIAN_ZHONGSHAN)) {
                SubsidyDecision d = Subsidies.jobSearch(LN).calculate(jobSearch(where, JUNE_1_2021).ground(ground).build());
                assertEquals(Money.parse("1000.00"), d.total(), ground + " " + where);
                assertEquals(SubsidyKind.JOB_SEARCH, d.kind());
                assertEquals(DALIAN, d.valuesRead().get(0).jurisdiction());
                assertNoIdNumber(d);
            }
        }
    }

    @Test
    void jobSearchAmountIsUnsetElsewhereInLiaoning() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.jobSearch(LN).calculate(jobSearch(HEPING, JUNE_1_2021)
                        .ground(JobSearchGround.DISABLED).build()));
        assertEquals("job-search.amount", e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        assertTrue(e.getMessage().contains("job-search.amount") && e.getMessage().contains("210102"));
    }

    @Test
    void aGraduateOnNoGroundIsNotEligibleAnywhere() {
        for (DivisionCode where : List.of(DALIAN, HEPING)) {
            SubsidyDecision d = Subsidies.jobSearch(LN).calculate(jobSearch(where, JUNE_1_2021).build());
            assertEquals(List.of("job-search.no-qualifying-ground"), codes(d));
            assertEquals(Money.ZERO, d.total());
            assertTrue(d.valuesRead().isEmpty());
            assertEquals(Explanation.Outcome.NOT_SATISFIED, d.explanation().orElseThrow().outcome());
        }
    }

    @Test
    void oneJobSearchSubsidyPerPersonThroughTheLedgerKey() {
        EntitlementLedger ledger = InMemoryStores.ledger(LedgerRules.of(LN, DALIAN, JUNE_1_2021));
        SubsidyDecision first = Subsidies.jobSearch(LN).calculate(jobSearch(DALIAN, JUNE_1_2021)
                .ground(JobSearchGround.ZERO_EMPLOYMENT_FAMILY).build());
        List<LedgerEntry> entries = LedgerEntry.fromDecision(first, JobSearchSubsidyInput.GRANT_REFERENCE,
                JUNE_1_2021, OptionalInt.empty());
        assertEquals(1, entries.size());
        assertEquals("once:job-search", entries.get(0).period());
        assertTrue(ledger.record(entries.get(0)).created());
        assertFalse(ledger.record(entries.get(0)).created());
        // A second application, another year and county, has the same key: the ledger refuses it.
        SubsidyDecision second = Subsidies.jobSearch(LN).calculate(jobSearch(DALIAN_ZHONGSHAN, LocalDate.of(2022, 6, 1))
                .ground(JobSearchGround.DISABLED).build());
        LedgerEntry again = LedgerEntry.fromDecision(second, JobSearchSubsidyInput.GRANT_REFERENCE,
                LocalDate.of(2022, 6, 1), OptionalInt.empty()).get(0);
        assertEquals(entries.get(0).key(), again.key());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ledger.record(again));
        assertEquals("ledger.key-conflict", e.violations().get(0).code());
    }

    @Test
    @DisplayName("The new keys resolve in the Liaoning pack where DOMAIN §3.6 places them")
    void packValues() {
        assertEquals(Money.ofYuan(1000), LN.resolve(PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_5, DALIAN, JUNE_1_2021).value());
        assertEquals(Money.ofYuan(1500), LN.resolve(PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_4, HEPING, JUNE_1_2021).value());
        assertEquals(Money.ofYuan(2000), LN.resolve(PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_3, DALIAN_ZHONGSHAN, JUNE_1_2021).value());
        assertEquals(Money.ofYuan(1000), LN.resolve(PolicyKeys.JOB_SEARCH_AMOUNT, DALIAN_ZHONGSHAN, JUNE_1_2021).value());
        assertEquals(DALIAN, LN.resolve(PolicyKeys.JOB_SEARCH_AMOUNT, DALIAN_ZHONGSHAN, JUNE_1_2021).jurisdiction());
        for (var key : List.of(PolicyKeys.VOCATIONAL_TRAINING_AMOUNT, PolicyKeys.JOB_SEARCH_AMOUNT)) {
            PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                    () -> LN.resolve(key, HEPING, JUNE_1_2021));
            assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        }
        assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.VOCATIONAL_TRAINING_AMOUNT, DALIAN, JUNE_1_2021));
        assertTrue(LN.resolve(PolicyKeys.SKILL_UPGRADE_AMOUNT_LEVEL_3, HEPING, JUNE_1_2021).note().orElseThrow()
                .contains("Levels 2 and 1"));
    }
}
