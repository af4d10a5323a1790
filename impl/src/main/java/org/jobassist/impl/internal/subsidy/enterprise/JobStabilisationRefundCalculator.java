package org.jobassist.impl.internal.subsidy.enterprise;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.LayoffRateMethod;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * The job-stabilisation refund (失业保险稳岗返还), DOMAIN §3.3.
 *
 * <p>Both layoff-rate methods are computed and reported ({@link LayoffRateMethod}); the
 * limit is {@code job-stabilisation.small-employer-layoff-rate-limit} for a unit whose
 * insured headcount at the end of the year before the assessed year is at most
 * {@code job-stabilisation.small-employer-headcount}, else
 * {@code job-stabilisation.layoff-rate-limit}; {@code job-stabilisation.layoff-rate-rule}
 * says whether either method within the limit suffices ({@code ANY}, Liaoning's default) or
 * both must be ({@code ALL}). The unit also needs
 * {@code job-stabilisation.min-full-contribution-months} (0 in 2021, 12 from 2022). Refund =
 * the size ratio ({@code job-stabilisation.refund-ratio.large} or {@code .sme}) × (employer
 * + employee premiums of the assessed year), rounded half-up to the fen once. Values are read
 * as in force on 1 January of the refund year.
 *
 * <p>Ineligibility codes: {@value #LAYOFF_RATE_EXCEEDED}, {@value #CONTRIBUTION_MONTHS_SHORT},
 * {@value #NO_INSURED_BASE} (no insured employee at the end of the year before: the rate is
 * undefined). A pack whose rule is neither {@code ANY} nor {@code ALL} fails with an
 * {@link InvalidInputException} {@value #BAD_RULE} at the key's name.
 *
 * <p>Immutable and thread-safe.
 */
public final class JobStabilisationRefundCalculator implements SubsidyCalculator<JobStabilisationRefundInput> {

    /** The layoff rate is above the limit by the methods the rule requires. */
    public static final String LAYOFF_RATE_EXCEEDED = "job-stabilisation.layoff-rate-exceeded";
    /** Fewer months of full contributions than the pack requires. */
    public static final String CONTRIBUTION_MONTHS_SHORT = "job-stabilisation.contribution-months-short";
    /** No insured employee at the end of the year before the assessed year. */
    public static final String NO_INSURED_BASE = "job-stabilisation.no-insured-base";
    /** The pack's layoff-rate rule is neither ANY nor ALL. */
    public static final String BAD_RULE = "job-stabilisation.layoff-rate-rule";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     */
    public JobStabilisationRefundCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public SubsidyDecision calculate(JobStabilisationRefundInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.refundYear().atDay(1);
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.JOB_STABILISATION_REFUND,
                Beneficiary.unit(input.creditCode()), input.jurisdiction());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        Ratio normalLimit = reads.get(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_LIMIT, on);
        int smallHeadcount = reads.get(PolicyKeys.JOB_STABILISATION_SMALL_EMPLOYER_HEADCOUNT, on);
        Ratio smallLimit = reads.get(PolicyKeys.JOB_STABILISATION_SMALL_EMPLOYER_LAYOFF_RATE_LIMIT, on);
        String rule = reads.get(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_RULE, on);
        if (!rule.equals("ANY") && !rule.equals("ALL")) {
            throw new InvalidInputException(new Violation(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_RULE.name(),
                    BAD_RULE, "the pack's layoff-rate rule must be ANY or ALL"));
        }
        int minMonths = reads.get(PolicyKeys.JOB_STABILISATION_MIN_FULL_CONTRIBUTION_MONTHS, on);
        boolean sme = input.isSme();
        Ratio refundRatio = reads.get(sme ? PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME
                : PolicyKeys.JOB_STABILISATION_REFUND_RATIO_LARGE, on);

        List<Explanation> steps = explain ? new ArrayList<>() : null;
        int start = input.insuredAtStartOfYear();
        boolean eligible = true;
        if (start == 0) {
            eligible = false;
            b.ineligible(NO_INSURED_BASE, "no insured employee at the end of the year before the assessed year:"
                    + " the layoff rate is undefined");
            if (explain) {
                steps.add(Explanation.builder("job-stabilisation.layoff-rate")
                        .description("a layoff rate needs insured employees at the end of the year before")
                        .input("insuredAtStartOfYear", "0").satisfied(false).build());
            }
        } else {
            // A headcount that grew laid nobody off: the rate is zero, not negative.
            Ratio byHeadcount = Ratio.of(Math.max(0, start - input.insuredAtEndOfYear()), start);
            Ratio byClaimants = Ratio.of(input.benefitClaimants(), start);
            boolean small = start <= smallHeadcount;
            Ratio limit = small ? smallLimit : normalLimit;
            boolean headcountOk = byHeadcount.compareTo(limit) <= 0;
            boolean claimantsOk = byClaimants.compareTo(limit) <= 0;
            boolean passes = rule.equals("ANY") ? headcountOk || claimantsOk : headcountOk && claimantsOk;
            if (!passes) {
                eligible = false;
                b.ineligible(LAYOFF_RATE_EXCEEDED, "the layoff rate is above the limit of " + Percent.of(limit)
                        + (rule.equals("ANY") ? " by both methods" : " by at least one method"));
            }
            if (explain) {
                steps.add(Explanation.builder("job-stabilisation.layoff-rate")
                        .description((rule.equals("ANY") ? "either method" : "both methods") + " within "
                                + Percent.of(limit) + (small ? " (at most " + smallHeadcount + " insured)" : ""))
                        .input("insuredAtStartOfYear", Integer.toString(start))
                        .input("limit", Percent.of(limit))
                        .input("rule", rule)
                        .satisfied(passes)
                        .child(Explanation.builder("job-stabilisation.layoff-rate.headcount-decrease")
                                .description("(insured at start - insured at end) / insured at start")
                                .input("insuredAtEndOfYear", Integer.toString(input.insuredAtEndOfYear()))
                                .satisfied(headcountOk).result(Percent.of(byHeadcount)).build())
                        .child(Explanation.builder("job-stabilisation.layoff-rate.benefit-claimants")
                                .description("people drawing unemployment benefit / insured at start")
                                .input("benefitClaimants", Integer.toString(input.benefitClaimants()))
                                .satisfied(claimantsOk).result(Percent.of(byClaimants)).build())
                        .build());
            }
        }
        boolean monthsOk = input.fullContributionMonths() >= minMonths;
        if (!monthsOk) {
            eligible = false;
            b.ineligible(CONTRIBUTION_MONTHS_SHORT, "fewer than " + minMonths + " months of full contributions");
        }
        if (explain) {
            steps.add(Explanation.builder("job-stabilisation.contribution-months")
                    .description("at least " + minMonths + " months of full unemployment-insurance contributions")
                    .input("fullContributionMonths", Integer.toString(input.fullContributionMonths()))
                    .satisfied(monthsOk).build());
        }
        Rounding rounding = null;
        if (eligible) {
            long premiumsFen = Math.addExact(input.employerPremiumsPaid().fen(), input.employeePremiumsPaid().fen());
            rounding = Rounding.of("refund", Ratio.of(premiumsFen).times(refundRatio), RoundingMode.HALF_UP);
            b.rounding(rounding).component("refund", rounding.rounded());
        }
        if (explain) {
            steps.add(Explanation.builder("job-stabilisation.refund-ratio")
                    .description(sme ? "SME ratio (by size or organisation type)" : "large-enterprise ratio")
                    .input("size", input.size().name())
                    .input("organisationType", input.organisationType().name())
                    .value(Percent.of(refundRatio)).build());
            Explanation.Builder root = Explanation.builder("job-stabilisation.refund")
                    .description("refund ratio x (employer + employee premiums) of " + input.assessedYear())
                    .input("creditCode", input.creditCode().value())
                    .input("refundYear", input.refundYear().toString())
                    .input("employerPremiumsPaid", input.employerPremiumsPaid().format())
                    .input("employeePremiumsPaid", input.employeePremiumsPaid().format())
                    .children(steps);
            for (var basis : reads.legalBases()) {
                root.legalBasis(basis);
            }
            if (rounding != null) {
                root.value(rounding.rounded().format());
            } else {
                root.satisfied(false);
            }
            b.explanation(root.build());
        }
        return b.build();
    }
}
