package org.jobassist.impl;

import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.GuaranteeLoanInterestInput;
import org.jobassist.api.subsidy.HiringSubsidyInput;
import org.jobassist.api.subsidy.JobSearchSubsidyInput;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SkillUpgradeSubsidyInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.StartUpSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;
import org.jobassist.api.subsidy.VocationalTrainingSubsidyInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.impl.internal.subsidy.enterprise.JobStabilisationRefundCalculator;
import org.jobassist.impl.internal.subsidy.enterprise.UnemploymentInsuranceReductionCalculator;
import org.jobassist.impl.internal.subsidy.enterprise.WorkForTrainingCalculator;
import org.jobassist.impl.internal.subsidy.other.GuaranteeLoanInterestCalculator;
import org.jobassist.impl.internal.subsidy.other.JobSearchCalculator;
import org.jobassist.impl.internal.subsidy.other.OneTimeGrantCalculators;
import org.jobassist.impl.internal.subsidy.other.SkillUpgradeCalculator;
import org.jobassist.impl.internal.subsidy.other.VocationalTrainingCalculator;
import org.jobassist.impl.internal.subsidy.pwp.PublicWelfarePostEngine;
import org.jobassist.impl.internal.subsidy.si.SocialInsuranceEngine;

/**
 * Subsidy calculators (补贴计算), each over a policy pack such as
 * {@link PolicyPacks#liaoning()}: the pack sets every amount, ratio, rate, threshold and
 * duration, read as in force on the input's date for the input's jurisdiction.
 *
 * <p>Thread-safe; the calculators returned are immutable and thread-safe.
 */
public final class Subsidies {

    private Subsidies() {}

    // ---- Social insurance and public welfare posts (issue 5, items 1-2) ----

    /**
     * The social-insurance subsidy (社会保险补贴), employer and flexible-employment shapes:
     * the employer's contributions actually paid for the covered insurances, or the pack's
     * flexible shape ({@code capped-share}: a share, 2/3, of the contributions paid;
     * {@code ratio-of-minimum-base}: Dalian's 30% of the contributions payable on the minimum
     * bases); for 36 months in all, or until retirement when fewer than 5 years were left at
     * first approval. A period whose monthly amount varies is answered by
     * {@link MonthlySubsidyCalculator#calculateRuns}.
     *
     * <p>Ineligibility codes: {@code social-insurance.not-recognised},
     * {@code social-insurance.retired-at-first-approval}; when no month of the period is
     * granted, one per reason found: {@code social-insurance.before-first-approval},
     * {@code social-insurance.retirement-reached}, {@code social-insurance.outside-employment},
     * {@code social-insurance.no-contribution}, {@code social-insurance.duration-exhausted}.
     * Input faults found by the calculator: {@code social-insurance.amount-varies} (path
     * {@code period}, from {@code calculate} only); pack faults
     * {@code social-insurance.pack-shape}, {@code social-insurance.pack-insurance} (path: the
     * key's name).
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> socialInsurance(PolicyPack pack) {
        return new SocialInsuranceEngine(pack);
    }

    /**
     * The public-welfare-post subsidy (公益性岗位补贴): per month the local minimum wage of the
     * county (or city) in force on the month's first day, part {@code wage}, plus the
     * employer's contributions actually paid for the post's covered insurances, part
     * {@code social-insurance}; for 36 months per placement, or until retirement when fewer
     * than 5 years were left at its start. Across the 2021-11-01 minimum-wage change a period
     * has two monthly amounts: use {@link MonthlySubsidyCalculator#calculateRuns}.
     *
     * <p>Ineligibility codes: {@code public-welfare-post.not-recognised},
     * {@code public-welfare-post.retired-at-placement},
     * {@code public-welfare-post.replacement-not-hardship},
     * {@code public-welfare-post.replacement-too-soon}, {@code public-welfare-post.placement-limit};
     * when no month is granted, one per reason found:
     * {@code public-welfare-post.outside-placement}, {@code public-welfare-post.retirement-reached},
     * {@code public-welfare-post.duration-exhausted}. Input faults found by the calculator:
     * {@code public-welfare-post.amount-varies} (from {@code calculate} only); pack faults
     * {@code public-welfare-post.pack-group}, {@code public-welfare-post.pack-insurance}.
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static MonthlySubsidyCalculator<PublicWelfarePostInput> publicWelfarePost(PolicyPack pack) {
        return new PublicWelfarePostEngine(pack);
    }

    // ---- Enterprise subsidies (DOMAIN §3.3–§3.5) ----

    /**
     * The job-stabilisation refund (失业保险稳岗返还): both layoff-rate methods, the 5.5% and
     * small-employer 20% limits, the contribution-months test from 2022, ratio × premiums.
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<JobStabilisationRefundInput> jobStabilisationRefund(PolicyPack pack) {
        return new JobStabilisationRefundCalculator(pack);
    }

    /**
     * The work-for-training subsidy (以工代训补贴): an amount per trainee and month, at most the
     * pack's months, within the acceptance window.
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<WorkForTrainingInput> workForTraining(PolicyPack pack) {
        return new WorkForTrainingCalculator(pack);
    }

    /**
     * The unemployment-insurance premium reduction (阶段性降低失业保险费率): the saving per
     * employer and per employee side for a contribution base and period. Needs the standard
     * split, which the Liaoning pack leaves unknown: configure it with an override.
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<UnemploymentInsuranceReductionInput> unemploymentInsuranceReduction(
            PolicyPack pack) {
        return new UnemploymentInsuranceReductionCalculator(pack);
    }

    // ---- Other subsidies (DOMAIN §3.6) ----

    /**
     * The one-time start-up subsidy (一次性创业补贴): the amount only from the pack
     * ({@code start-up.amount}), which Liaoning leaves unknown.
     *
     * @param pack the policy pack
     * @return the calculator, which throws
     *     {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and
     *     jurisdiction where the amount is unset
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<StartUpSubsidyInput> startUp(PolicyPack pack) {
        return OneTimeGrantCalculators.startUp(pack);
    }

    /**
     * The one-time hiring subsidy (一次性吸纳就业补贴): the amount only from the pack
     * ({@code hiring.amount}), which Liaoning leaves unknown.
     *
     * @param pack the policy pack
     * @return the calculator, which throws
     *     {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and
     *     jurisdiction where the amount is unset
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<HiringSubsidyInput> hiring(PolicyPack pack) {
        return OneTimeGrantCalculators.hiring(pack);
    }

    /**
     * The guarantee-loan interest subsidy (创业担保贷款贴息) for loans from 2021: principal (at
     * most the cap) × (loan rate − borrower rate, the borrower paying at most LPR − 150 bp) ×
     * actual days (at most the term) / 360.
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<GuaranteeLoanInterestInput> guaranteeLoanInterest(PolicyPack pack) {
        return new GuaranteeLoanInterestCalculator(pack);
    }

    /**
     * The vocational training subsidy (职业培训补贴): on a recognised certificate, the amount
     * {@code vocational-training.amount} (unknown in Liaoning), to a trainee who has received
     * fewer than {@code vocational-training.max-subsidies} (3) subsidies for other
     * certificates; the input carries that count, which the grant service takes from the
     * ledger.
     *
     * <p>Ineligibility code: {@code vocational-training.limit-reached}.
     *
     * @param pack the policy pack
     * @return the calculator, which throws
     *     {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and
     *     jurisdiction where the amount is unset and the case is eligible
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<VocationalTrainingSubsidyInput> vocationalTraining(PolicyPack pack) {
        return new VocationalTrainingCalculator(pack);
    }

    /**
     * The skill-upgrade subsidy (技能提升补贴): to a worker insured on the certificate date,
     * the amount of the certificate's level ({@code skill-upgrade.amount.level-5/4/3};
     * Liaoning 1,000 / 1,500 / 2,000 yuan).
     *
     * <p>Ineligibility codes: {@code skill-upgrade.not-insured},
     * {@code skill-upgrade.level-not-covered} (levels 2 and 1).
     *
     * @param pack the policy pack
     * @return the calculator
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<SkillUpgradeSubsidyInput> skillUpgrade(PolicyPack pack) {
        return new SkillUpgradeCalculator(pack);
    }

    /**
     * The one-time job-search subsidy (一次性求职创业补贴): to a graduate from a 低保,
     * zero-employment or monitored family, or a disabled graduate, the amount
     * {@code job-search.amount} (Liaoning: Dalian 1,000 yuan, elsewhere unknown); once per
     * person through the ledger key of {@link JobSearchSubsidyInput#GRANT_REFERENCE}.
     *
     * <p>Ineligibility code: {@code job-search.no-qualifying-ground}.
     *
     * @param pack the policy pack
     * @return the calculator, which throws
     *     {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and
     *     jurisdiction where the amount is unset and the case is eligible
     * @throws NullPointerException if {@code pack} is null
     */
    public static SubsidyCalculator<JobSearchSubsidyInput> jobSearch(PolicyPack pack) {
        return new JobSearchCalculator(pack);
    }
}
