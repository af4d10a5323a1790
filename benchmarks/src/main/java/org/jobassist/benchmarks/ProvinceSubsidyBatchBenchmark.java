package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.SubsidyGrants;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.subsidy.ProvinceBatches;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A province batch shaped like Liaoning's 2021 news item, calculated and recorded in the
 * in-memory entitlement ledger: work-for-training for {@value ProvinceBatches#NEWS_ITEM_TRAINEES}
 * employees of {@value ProvinceBatches#NEWS_ITEM_ENTERPRISES} enterprises (one grant per
 * trainee, one ledger entry per month) and job-stabilisation refunds for
 * {@value ProvinceBatches#NEWS_ITEM_REFUND_UNITS} units (one entry per unit and year), drawn from
 * the fixed seed by {@link ProvinceBatches}.
 *
 * <p>One invocation (single shot) calculates every case on the fast path, grants them with
 * {@link SubsidyGrants#grantAll} case by case ({@link GrantMode#PER_CASE}) into a fresh ledger,
 * and is timed whole. {@link #calculateOnly} times the calculations alone, so the ledger's share
 * is the difference. After each iteration the tear-down prints the ledger's entry count, the
 * amounts granted and the ledger's heap (used heap after GC with the ledger held, minus without).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class ProvinceSubsidyBatchBenchmark {

    private static final LocalDate GRANTED_ON = LocalDate.of(2021, 12, 20);

    private PolicyPack pack;
    private SubsidyCalculator<WorkForTrainingInput> workForTraining;
    private SubsidyCalculator<JobStabilisationRefundInput> refund;
    private List<WorkForTrainingInput> trainees;
    private List<JobStabilisationRefundInput> units;
    private EntitlementLedger ledger;
    private GrantBatchResult lastTraining;
    private GrantBatchResult lastRefunds;

    /** Draws the batch once. */
    @Setup(Level.Trial)
    public void draw() {
        pack = PolicyPacks.liaoning();
        workForTraining = Subsidies.workForTraining(pack);
        refund = Subsidies.jobStabilisationRefund(pack);
        trainees = ProvinceBatches.workForTraining(ProvinceBatches.NEWS_ITEM_ENTERPRISES,
                ProvinceBatches.NEWS_ITEM_TRAINEES, BenchmarkInputs.SEED);
        units = ProvinceBatches.refunds(ProvinceBatches.NEWS_ITEM_REFUND_UNITS, BenchmarkInputs.SEED);
    }

    /** A fresh, empty ledger for each invocation. */
    @Setup(Level.Invocation)
    public void freshLedger() {
        ledger = InMemoryStores.ledger(LedgerRules.of(pack, DivisionCode.LIAONING, GRANTED_ON));
    }

    /**
     * Calculates and records the whole batch.
     *
     * @return the ledger's entry count
     */
    @Benchmark
    public long calculateAndRecord() {
        SubsidyGrants grants = SubsidyGrants.of(ledger);
        List<GrantRequest> training = new ArrayList<>(trainees.size());
        for (int i = 0; i < trainees.size(); i++) {
            training.add(GrantRequest.of(workForTraining.calculate(trainees.get(i), false), "WFT-" + i, GRANTED_ON,
                    OptionalInt.empty()));
        }
        List<GrantRequest> refunds = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            refunds.add(GrantRequest.of(refund.calculate(units.get(i), false), "JSR-" + i, GRANTED_ON,
                    OptionalInt.empty()));
        }
        lastTraining = grants.grantAll(training, GrantMode.PER_CASE);
        lastRefunds = grants.grantAll(refunds, GrantMode.PER_CASE);
        return ledger.count();
    }

    /**
     * Calculates the whole batch without recording it.
     *
     * @return the sum of the totals in fen
     */
    @Benchmark
    public long calculateOnly() {
        long fen = 0;
        for (WorkForTrainingInput t : trainees) {
            fen += workForTraining.calculate(t, false).total().fen();
        }
        for (JobStabilisationRefundInput u : units) {
            fen += refund.calculate(u, false).total().fen();
        }
        return fen;
    }

    /** Prints what the last invocation recorded and the ledger's heap. */
    @TearDown(Level.Iteration)
    public void report() {
        if (lastTraining == null) {
            return;
        }
        long entries = ledger.count();
        long with = BenchmarkInputs.usedHeapAfterGc();
        ledger = null;
        long without = BenchmarkInputs.usedHeapAfterGc();
        System.out.printf("%n[batch] work-for-training: %s; refunds: %s; ledger entries %,d, heap %,d MB%n",
                summary(lastTraining), summary(lastRefunds), entries, (with - without) >> 20);
        lastTraining = null;
        lastRefunds = null;
    }

    private static String summary(GrantBatchResult r) {
        return String.format("%,d cases, %,d granted, %,d not eligible, %,d rejected, %s",
                r.size(), r.granted(), r.notEligible(), r.rejected(), r.amountRecorded().format());
    }
}
