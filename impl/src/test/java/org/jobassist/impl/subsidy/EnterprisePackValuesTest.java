package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

/** The Liaoning pack's enterprise-subsidy values, resolved where and when DOMAIN §3.3–§3.5 place them. */
class EnterprisePackValuesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final LocalDate JAN_1_2021 = LocalDate.of(2021, 1, 1);
    static final LocalDate JAN_1_2022 = LocalDate.of(2022, 1, 1);

    @Test
    void jobStabilisationValues() {
        assertEquals(Ratio.percent("5.5"), LN.resolve(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_LIMIT, LIAOZHONG, JAN_1_2021).value());
        assertEquals(30, LN.resolve(PolicyKeys.JOB_STABILISATION_SMALL_EMPLOYER_HEADCOUNT, DALIAN, JAN_1_2021).value());
        assertEquals(Ratio.percent("20"),
                LN.resolve(PolicyKeys.JOB_STABILISATION_SMALL_EMPLOYER_LAYOFF_RATE_LIMIT, DALIAN, JAN_1_2022).value());
        assertEquals("ANY", LN.resolve(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_RULE, LIAOZHONG, JAN_1_2021).value());
        assertEquals(0, LN.resolve(PolicyKeys.JOB_STABILISATION_MIN_FULL_CONTRIBUTION_MONTHS, DALIAN, JAN_1_2021).value());
        assertEquals(12, LN.resolve(PolicyKeys.JOB_STABILISATION_MIN_FULL_CONTRIBUTION_MONTHS, DALIAN, JAN_1_2022).value());
        assertEquals(Ratio.percent("30"), LN.resolve(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_LARGE, DALIAN, JAN_1_2021).value());
        assertEquals(Ratio.percent("60"), LN.resolve(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME, DALIAN, JAN_1_2021).value());
        assertEquals(Ratio.percent("30"), LN.resolve(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_LARGE, DALIAN, JAN_1_2022).value());
        assertEquals(Ratio.percent("90"), LN.resolve(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME, DALIAN, JAN_1_2022).value());
        assertTrue(LN.resolve(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME, DALIAN, JAN_1_2022).note().orElseThrow()
                .contains("2022-01-01"));
    }

    @Test
    void workForTrainingValues() {
        LocalDate day = LocalDate.of(2021, 6, 30);
        assertEquals(Money.ofYuan(500), LN.resolve(PolicyKeys.WORK_FOR_TRAINING_MONTHLY_AMOUNT, LIAOZHONG, day).value());
        assertEquals(6, LN.resolve(PolicyKeys.WORK_FOR_TRAINING_MAX_MONTHS, LIAOZHONG, day).value());
        assertEquals(LocalDate.of(2021, 12, 31),
                LN.resolve(PolicyKeys.WORK_FOR_TRAINING_APPLICATION_DEADLINE, LIAOZHONG, day).value());
        assertEquals(Period.ofYears(2), LN.resolve(PolicyKeys.WORK_FOR_TRAINING_GRADUATE_WINDOW, LIAOZHONG, day).value());
        assertEquals(Set.of("FOREIGN_TRADE", "ACCOMMODATION_AND_CATERING", "CULTURE_AND_TOURISM", "TRANSPORT",
                "WHOLESALE_AND_RETAIL"), LN.resolve(PolicyKeys.WORK_FOR_TRAINING_SECTORS, LIAOZHONG, day).value());
        assertEquals("人社部发〔2020〕30号", LN.resolve(PolicyKeys.WORK_FOR_TRAINING_MAX_MONTHS, LIAOZHONG, day)
                .legalBasis().documentNumber());
    }

    @Test
    void theStandardSplitIsUnknownNotMadeUp() {
        for (var key : java.util.List.of(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE,
                PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE)) {
            PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                    () -> LN.resolve(key, DALIAN, JAN_1_2021));
            assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
            assertEquals(key.name(), e.keyName());
        }
    }

    @Test
    void guaranteeLoanAndOneTimeGrantValues() {
        LocalDate day = LocalDate.of(2021, 3, 1);
        assertEquals(Money.ofYuan(200_000), LN.resolve(PolicyKeys.GUARANTEE_LOAN_MAX_PRINCIPAL_INDIVIDUAL, LIAOZHONG, day).value());
        assertEquals(Money.ofYuan(3_000_000), LN.resolve(PolicyKeys.GUARANTEE_LOAN_MAX_PRINCIPAL_ENTERPRISE, DALIAN, day).value());
        assertEquals(Period.ofYears(3), LN.resolve(PolicyKeys.GUARANTEE_LOAN_MAX_TERM_INDIVIDUAL, DALIAN, day).value());
        assertEquals(Period.ofYears(2), LN.resolve(PolicyKeys.GUARANTEE_LOAN_MAX_TERM_ENTERPRISE, DALIAN, day).value());
        assertEquals(Ratio.percent("1.5"), LN.resolve(PolicyKeys.GUARANTEE_LOAN_BORROWER_MARGIN_BELOW_LPR, DALIAN, day).value());
        assertThrows(PolicyValueUnavailableException.class, () -> LN.resolve(PolicyKeys.START_UP_AMOUNT, DALIAN, day));
        assertThrows(PolicyValueUnavailableException.class, () -> LN.resolve(PolicyKeys.HIRING_AMOUNT, LIAOZHONG, day));
    }
}
