package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.SubsidyGrants;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.subsidy.ProvinceBatches;

/**
 * The province's 2021 subsidy batch in the main job: work-for-training for the news item's
 * 212,000 employees of 5,119 enterprises and job-stabilisation refunds for its 57,000 units
 * (generated from a fixed seed, so the figures are the library's, not the province's),
 * calculated with the Liaoning pack and granted case by case into the in-memory entitlement
 * ledger, then granted again to show that nothing is paid twice. A divisor scales the batch
 * down for tests.
 */
final class ProvinceSubsidyRun {

    /** The day the batch is granted. */
    static final LocalDate GRANTED_ON = LocalDate.of(2021, 12, 20);

    private ProvinceSubsidyRun() {}

    /**
     * Runs the batch.
     *
     * @param out where the report goes
     * @param pack the policy pack
     * @param divisor 1 for the news item's size, larger to scale every count down
     * @return the ledger the batch was granted into
     */
    static EntitlementLedger run(PrintStream out, PolicyPack pack, int divisor) {
        int enterprises = Math.max(1, ProvinceBatches.NEWS_ITEM_ENTERPRISES / divisor);
        int trainees = Math.max(enterprises, ProvinceBatches.NEWS_ITEM_TRAINEES / divisor);
        int units = ProvinceBatches.NEWS_ITEM_REFUND_UNITS / divisor;
        List<WorkForTrainingInput> training = ProvinceBatches.workForTraining(enterprises, trainees, Properties.DEFAULT_SEED);
        List<JobStabilisationRefundInput> refunds = ProvinceBatches.refunds(units, Properties.DEFAULT_SEED);

        EntitlementLedger ledger = InMemoryStores.ledger(LedgerRules.of(pack, DivisionCode.LIAONING, GRANTED_ON));
        SubsidyGrants grants = SubsidyGrants.of(ledger);
        List<GrantRequest> trainingRequests = requests(Subsidies.workForTraining(pack), training, "WFT-");
        List<GrantRequest> refundRequests = requests(Subsidies.jobStabilisationRefund(pack), refunds, "JSR-");

        out.println("Subsidy batch 2021 (generated with a fixed seed, shaped like the news item"
                + (divisor == 1 ? "" : ", scaled down 1:" + divisor) + "), granted " + GRANTED_ON + ":");
        print(out, "work-for-training for " + trainees + " employees of " + enterprises + " enterprises",
                grants.grantAll(trainingRequests, GrantMode.PER_CASE));
        print(out, "job-stabilisation refunds for " + units + " units", grants.grantAll(refundRequests, GrantMode.PER_CASE));

        DateRange year = DateRange.ofYear(2021);
        out.println("  ledger, 2021, province lines:");
        for (SubsidyKind kind : List.of(SubsidyKind.WORK_FOR_TRAINING, SubsidyKind.JOB_STABILISATION_REFUND)) {
            LedgerTotal t = ledger.totals(kind, DivisionCode.LIAONING, year);
            out.printf("    %-26s %,9d payees %,9d persons %,10d entries %s%n", kind.code(), t.payees(), t.persons(),
                    t.entries(), t.amount().format());
        }
        GrantBatchResult again = grants.grantAll(trainingRequests, GrantMode.PER_CASE);
        out.printf("  the work-for-training batch granted again: %,d cases already granted, %,d entries recorded%n",
                again.alreadyGranted(), again.entriesRecorded());
        return ledger;
    }

    private static <I> List<GrantRequest> requests(SubsidyCalculator<I> calculator, List<I> cases, String prefix) {
        List<GrantRequest> requests = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            requests.add(GrantRequest.of(calculator.calculate(cases.get(i), false), prefix + i, GRANTED_ON,
                    OptionalInt.empty()));
        }
        return requests;
    }

    private static void print(PrintStream out, String what, GrantBatchResult r) {
        Money amount = r.amountRecorded();
        out.printf("  %s: %,d granted, %,d not eligible, %,d rejected; %,d ledger entries, %s%n", what, r.granted(),
                r.notEligible(), r.rejected(), r.entriesRecorded(), amount.format());
    }
}
