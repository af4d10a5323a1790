package org.jobassist.impl.internal.subsidy.other;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.GuaranteeLoanInterestInput;
import org.jobassist.api.subsidy.LoanBorrower;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;
import org.jobassist.impl.internal.subsidy.enterprise.Percent;

/**
 * The guarantee-loan interest subsidy (创业担保贷款贴息), DOMAIN §3.6, for loans made from 2021:
 * <pre>
 * borrower rate = min(loan rate, max(0, LPR − margin))
 * subsidy       = min(principal, cap) × (loan rate − borrower rate) × days / 360
 * days          = from the first day to the repayment day or the end of the capped term,
 *                 whichever comes first
 * </pre>
 * with the cap, the term and the margin ({@code guarantee-loan.*}) read as in force on the
 * loan's first day; a loan from before 2021 finds no value and fails with
 * {@link org.jobassist.api.policy.PolicyValueUnavailableException}.
 *
 * <p><b>Day count: actual/360</b>, an assumption: interest on Chinese bank loans is usually
 * charged per day at the annual rate ÷ 360 (日利率 = 年利率 ÷ 360), and the sources give no
 * rule for the subsidy; a host that settles quarterly on other terms computes its own. The
 * exact product is rounded half-up to the fen once. The kind is one-time: no months. No
 * ineligibility codes: a loan whose rate is at or below the borrower's share gets zero.
 *
 * <p>Immutable and thread-safe.
 */
public final class GuaranteeLoanInterestCalculator implements SubsidyCalculator<GuaranteeLoanInterestInput> {

    /** Days of the actual/360 convention's year. */
    private static final long DAY_COUNT_BASIS = 360;

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     */
    public GuaranteeLoanInterestCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public SubsidyDecision calculate(GuaranteeLoanInterestInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.GUARANTEE_LOAN_INTEREST,
                input.beneficiary(), input.jurisdiction());
        input.person().ifPresent(b::person);
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        LocalDate on = input.loanStart();
        boolean individual = input.borrower() == LoanBorrower.INDIVIDUAL;
        Money cap = reads.get(individual ? PolicyKeys.GUARANTEE_LOAN_MAX_PRINCIPAL_INDIVIDUAL
                : PolicyKeys.GUARANTEE_LOAN_MAX_PRINCIPAL_ENTERPRISE, on);
        Period maxTerm = reads.get(individual ? PolicyKeys.GUARANTEE_LOAN_MAX_TERM_INDIVIDUAL
                : PolicyKeys.GUARANTEE_LOAN_MAX_TERM_ENTERPRISE, on);
        Ratio margin = reads.get(PolicyKeys.GUARANTEE_LOAN_BORROWER_MARGIN_BELOW_LPR, on);

        Money principal = Money.min(input.principal(), cap);
        LocalDate termEnd = on.plus(maxTerm);
        LocalDate end = input.loanEnd().isBefore(termEnd) ? input.loanEnd() : termEnd;
        long days = on.until(end, ChronoUnit.DAYS);
        Ratio lprLess = input.loanPrimeRate().minus(margin);
        Ratio borrowerRate = min(input.loanRate(), lprLess.isNegative() ? Ratio.ZERO : lprLess);
        Ratio subsidyRate = input.loanRate().minus(borrowerRate);
        Ratio exactFen = Ratio.of(principal.fen()).times(subsidyRate).times(Ratio.of(days, DAY_COUNT_BASIS));
        Rounding rounding = Rounding.of("interest-subsidy", exactFen, RoundingMode.HALF_UP);
        b.rounding(rounding).component("interest-subsidy", rounding.rounded());
        if (explain) {
            Explanation.Builder root = Explanation.builder("guarantee-loan.interest-subsidy")
                    .description("min(principal, cap) x (loan rate - borrower rate) x days / 360")
                    .input("borrower", input.borrower().name())
                    .input("principal", input.principal().format())
                    .input("loanRate", Percent.of(input.loanRate()))
                    .input("loanPrimeRate", Percent.of(input.loanPrimeRate()))
                    .input("period", on + ".." + input.loanEnd())
                    .child(Explanation.builder("guarantee-loan.principal")
                            .description("the principal, at most the cap").input("cap", cap.format())
                            .value(principal.format()).build())
                    .child(Explanation.builder("guarantee-loan.days")
                            .description("actual days to repayment, at most the term of " + maxTerm)
                            .value(Long.toString(days)).build())
                    .child(Explanation.builder("guarantee-loan.borrower-rate")
                            .description("the borrower pays at most LPR - " + Percent.of(margin))
                            .value(Percent.of(borrowerRate)).build())
                    .child(Explanation.builder("guarantee-loan.subsidy-rate")
                            .description("the loan rate less the borrower's rate")
                            .value(Percent.of(subsidyRate)).build())
                    .value(rounding.rounded().format());
            reads.legalBases().forEach(root::legalBasis);
            b.explanation(root.build());
        }
        return b.build();
    }

    private static Ratio min(Ratio a, Ratio b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
