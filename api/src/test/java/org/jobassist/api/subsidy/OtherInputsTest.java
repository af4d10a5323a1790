package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** The start-up, hiring and guarantee-loan inputs: every violation code, no data echoed, masked toString. */
class OtherInputsTest {

    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");

    static Set<String> codes(Runnable build) {
        List<Violation> vs = assertThrows(InvalidInputException.class, build::run).violations();
        for (Violation v : vs) {
            assertFalse(v.message().contains(PERSON.value()) || v.message().contains(CODE.value()), v.message());
        }
        return vs.stream().map(v -> v.path() + ":" + v.code()).collect(Collectors.toSet());
    }

    @Test
    void startUpAndHiring() {
        assertEquals(Set.of("founder:start-up.required", "business:start-up.required",
                "applicationDate:start-up.required", "jurisdiction:start-up.required"),
                codes(() -> StartUpSubsidyInput.builder().build()));
        assertEquals(Set.of("jurisdiction:start-up.jurisdiction-level"), codes(() -> StartUpSubsidyInput.builder()
                .founder(PERSON).business(CODE).applicationDate(LocalDate.of(2021, 1, 1))
                .jurisdiction(DivisionCode.LIAONING).build()));
        assertEquals(Set.of("employer:hiring.required", "hired:hiring.required", "hireDate:hiring.required",
                "jurisdiction:hiring.required"), codes(() -> HiringSubsidyInput.builder().build()));
        assertEquals(Set.of("jurisdiction:hiring.jurisdiction-level"), codes(() -> HiringSubsidyInput.builder()
                .employer(CODE).hired(PERSON).hireDate(LocalDate.of(2021, 1, 1)).jurisdiction(DivisionCode.LIAONING)
                .build()));
        String text = HiringSubsidyInput.builder().employer(CODE).hired(PERSON).hireDate(LocalDate.of(2021, 1, 1))
                .jurisdiction(DivisionCode.of("210100")).build().toString()
                + StartUpSubsidyInput.builder().founder(PERSON).business(CODE).applicationDate(LocalDate.of(2021, 1, 1))
                .jurisdiction(DivisionCode.of("210100")).build();
        assertFalse(text.contains(PERSON.value()), text);
        assertTrue(text.contains(PERSON.masked()), text);
    }

    @Test
    void guaranteeLoan() {
        assertEquals(Set.of("borrower:guarantee-loan.required", "principal:guarantee-loan.required",
                "loanRate:guarantee-loan.required", "loanPrimeRate:guarantee-loan.required",
                "loanStart:guarantee-loan.required", "loanEnd:guarantee-loan.required",
                "jurisdiction:guarantee-loan.required"), codes(() -> GuaranteeLoanInterestInput.builder().build()));
        assertEquals(Set.of("person:guarantee-loan.required", "principal:guarantee-loan.non-positive-amount",
                "loanRate:guarantee-loan.negative-rate", "loanPrimeRate:guarantee-loan.negative-rate",
                "loanEnd:guarantee-loan.date-order", "jurisdiction:guarantee-loan.jurisdiction-level"),
                codes(() -> GuaranteeLoanInterestInput.builder().individual(null).principal(Money.ZERO)
                        .loanRate(Ratio.percent("-1")).loanPrimeRate(Ratio.percent("-1"))
                        .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1)).jurisdiction(DivisionCode.LIAONING)
                        .build()));
        assertEquals(Set.of("enterprise:guarantee-loan.required"), codes(() -> GuaranteeLoanInterestInput.builder()
                .smallOrMicroEnterprise(null).principal(Money.ofYuan(1)).loanRate(Ratio.ZERO).loanPrimeRate(Ratio.ZERO)
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2)).jurisdiction(DivisionCode.of("210100"))
                .build()));
        GuaranteeLoanInterestInput loan = GuaranteeLoanInterestInput.builder().individual(PERSON)
                .principal(Money.ofYuan(1)).loanRate(Ratio.ZERO).loanPrimeRate(Ratio.ZERO)
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2)).jurisdiction(DivisionCode.of("210100")).build();
        assertEquals(Beneficiary.person(PERSON), loan.beneficiary());
        assertFalse(loan.toString().contains(PERSON.value()));
    }
}
