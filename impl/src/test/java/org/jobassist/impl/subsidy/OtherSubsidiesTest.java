package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.GuaranteeLoanInterestInput;
import org.jobassist.api.subsidy.HiringSubsidyInput;
import org.jobassist.api.subsidy.StartUpSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.subsidy.Loans;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Start-up, hiring and guarantee-loan interest subsidies against DOMAIN §3.6; amounts worked out by hand. */
class OtherSubsidiesTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final PolicyPack LN = PolicyPacks.liaoning();
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final LegalBasis LOCAL = LegalBasis.of("文号待确认", "测试用地方标准", "Local amount for a test");
    static final SubsidyCalculator<GuaranteeLoanInterestInput> LOAN = Subsidies.guaranteeLoanInterest(LN);

    static StartUpSubsidyInput startUp() {
        return StartUpSubsidyInput.builder().founder(PERSON).business(CODE)
                .applicationDate(LocalDate.of(2021, 6, 1)).jurisdiction(HEPING).build();
    }

    static HiringSubsidyInput hiring() {
        return HiringSubsidyInput.builder().employer(CODE).hired(PERSON)
                .hireDate(LocalDate.of(2021, 6, 1)).jurisdiction(HEPING).build();
    }

    @Test
    void startUpAmountIsUnsetInLiaoningAndTheFailureNamesKeyAndJurisdiction() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.startUp(LN).calculate(startUp()));
        assertEquals("start-up.amount", e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        assertTrue(e.getMessage().contains("start-up.amount") && e.getMessage().contains("210102"));
    }

    @Test
    void startUpAmountComesFromAnOverride() {
        PolicyPack local = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.START_UP_AMOUNT, SHENYANG,
                LocalDate.of(2021, 1, 1), null, Money.ofYuan(10_000), LOCAL)));
        SubsidyDecision d = Subsidies.startUp(local).calculate(startUp());
        assertEquals(Money.ofYuan(10_000), d.total());
        assertEquals(SubsidyKind.START_UP, d.kind());
        assertEquals(Beneficiary.person(PERSON), d.beneficiary());
        assertTrue(d.months().isEmpty());
        assertFalse(d.explanation().orElseThrow().render().contains(PERSON.value()));
    }

    @Test
    void hiringAmountIsUnsetInLiaoningAndComesFromAnOverride() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.hiring(LN).calculate(hiring()));
        assertEquals("hiring.amount", e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        PolicyPack local = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.HIRING_AMOUNT, SHENYANG,
                LocalDate.of(2021, 1, 1), null, Money.ofYuan(1_000), LOCAL)));
        SubsidyDecision d = Subsidies.hiring(local).calculate(hiring());
        assertEquals(Money.ofYuan(1_000), d.total());
        assertEquals(Beneficiary.unit(CODE), d.beneficiary());
        assertEquals(Optional.of(PERSON), d.person());
    }

    static GuaranteeLoanInterestInput.Builder individualLoan(long yuan, LocalDate start, LocalDate end) {
        return GuaranteeLoanInterestInput.builder().individual(PERSON).principal(Money.ofYuan(yuan))
                .loanRate(Ratio.percent("4.35")).loanPrimeRate(Ratio.percent("3.85")).period(start, end)
                .jurisdiction(HEPING);
    }

    @Test
    void individualLoanOneYear() {
        // Borrower pays 3.85% - 1.5% = 2.35%; subsidy 4.35% - 2.35% = 2%; 200,000 x 2% x 365 / 360 = 4,055.555...
        SubsidyDecision d = LOAN.calculate(individualLoan(200_000, LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1)).build());
        assertEquals(Money.parse("4055.56"), d.total());
        assertEquals(Beneficiary.person(PERSON), d.beneficiary());
        assertEquals(SubsidyKind.GUARANTEE_LOAN_INTEREST, d.kind());
        String text = d.explanation().orElseThrow().render();
        assertTrue(text.contains("2.35%"), text);
        assertFalse(text.contains(PERSON.value()), text);
    }

    @Test
    void principalAboveTwoHundredThousandIsSubsidisedOnTheCap() {
        assertEquals(Money.parse("4055.56"), LOAN.calculate(
                individualLoan(250_000, LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1)).build()).total());
    }

    @Test
    void individualTermStopsAtThreeYears() {
        // 2021-03-01 to 2024-03-01 is 365 + 365 + 366 = 1096 days: 4,000 x 1096 / 360 = 12,177.777...
        assertEquals(Money.parse("12177.78"), LOAN.calculate(
                individualLoan(200_000, LocalDate.of(2021, 3, 1), LocalDate.of(2025, 3, 1)).build()).total());
    }

    @Test
    void enterpriseLoanCappedAtThreeMillionForTwoYears() {
        // 3,000,000 x 2% x 730 / 360 = 121,666.666...
        SubsidyDecision d = LOAN.calculate(GuaranteeLoanInterestInput.builder().smallOrMicroEnterprise(CODE)
                .principal(Money.ofYuan(4_000_000)).loanRate(Ratio.percent("4.35")).loanPrimeRate(Ratio.percent("3.85"))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)).jurisdiction(HEPING).build());
        assertEquals(Money.parse("121666.67"), d.total());
        assertEquals(Beneficiary.unit(CODE), d.beneficiary());
        assertTrue(d.person().isEmpty());
    }

    @Test
    void aLoanAtOrBelowTheBorrowersShareGetsNothingAndALowLprLeavesTheBorrowerNothingToPay() {
        LocalDate start = LocalDate.of(2021, 3, 1);
        LocalDate end = LocalDate.of(2022, 3, 1);
        assertEquals(Money.ZERO, LOAN.calculate(individualLoan(200_000, start, end).loanRate(Ratio.percent("2"))
                .build()).total());
        // LPR 1% - 1.5% is below zero: the borrower pays 0 and the whole 3% is subsidised: 6,000 x 365 / 360 = 6,083.333...
        assertEquals(Money.parse("6083.33"), LOAN.calculate(individualLoan(200_000, start, end)
                .loanRate(Ratio.percent("3")).loanPrimeRate(Ratio.percent("1")).build()).total());
    }

    @Test
    void loansBefore2021FindNoValues() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class, () -> LOAN.calculate(
                individualLoan(100_000, LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31)).build()));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, e.code());
        assertEquals("guarantee-loan.max-principal.individual", e.keyName());
    }

    @Test
    void theSubsidyIsNeverNegativeNorAboveCapTimesRateTimesTerm() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(1000).forAll(Loans.guaranteeLoans()).checkAssert(in -> {
            SubsidyDecision d = LOAN.calculate(in, false);
            assertFalse(d.total().isNegative());
            boolean individual = in.person().isPresent();
            long capFen = individual ? 20_000_000L : 300_000_000L;
            long maxDays = individual ? 1096 : 731;
            Ratio bound = Ratio.of(capFen).times(in.loanRate()).times(Ratio.of(maxDays, 360)).plus(Ratio.ONE);
            assertTrue(Ratio.of(d.total().fen()).compareTo(bound) <= 0, d + " " + in);
        });
    }

    @Test
    void loanFastPathEqualsExplainedPath() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(500).forAll(Loans.guaranteeLoans()).checkAssert(in ->
                assertEquals(LOAN.calculate(in, false), LOAN.calculate(in, true).withoutExplanation()));
    }
}
