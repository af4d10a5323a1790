package org.jobassist.impl;

import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.GuaranteeLoanInterestInput;
import org.jobassist.api.subsidy.HiringSubsidyInput;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.StartUpSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.impl.internal.subsidy.enterprise.JobStabilisationRefundCalculator;
import org.jobassist.impl.internal.subsidy.enterprise.UnemploymentInsuranceReductionCalculator;
import org.jobassist.impl.internal.subsidy.enterprise.WorkForTrainingCalculator;
import org.jobassist.impl.internal.subsidy.other.GuaranteeLoanInterestCalculator;
import org.jobassist.impl.internal.subsidy.other.OneTimeGrantCalculators;

/**
 * Subsidy calculators (补贴计算), each over a policy pack such as
 * {@link PolicyPacks#liaoning()}: the pack sets every amount, ratio, rate, threshold and
 * duration, read as in force on the input's date for the input's jurisdiction.
 *
 * <p>Thread-safe; the calculators returned are immutable and thread-safe.
 */
public final class Subsidies {

    private Subsidies() {}

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
}
