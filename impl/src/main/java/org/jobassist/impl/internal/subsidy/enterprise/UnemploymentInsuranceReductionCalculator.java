package org.jobassist.impl.internal.subsidy.enterprise;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;

/**
 * The saving from the phased reduction of the unemployment-insurance rate
 * (阶段性降低失业保险费率), DOMAIN §3.5: for each month of the period, base × (standard share −
 * reduced share), per side, with the rates in force on the first of the month; summed exactly
 * and rounded half-up to the fen once per side. Components {@code employer-saving} and
 * {@code employee-saving}.
 *
 * <p>Keys: {@code unemployment-insurance.rate.standard-total}, {@code .reduced-total},
 * {@code .standard-employer}, {@code .standard-individual} (the standard split; unknown in
 * the Liaoning pack, so the calculator fails there until a host configures it),
 * {@code .employer}, {@code .individual} (the reduced split: 0.7% + 0.3%, Dalian 0.5% + 0.5%).
 *
 * <p>The pack's values are checked at use, each fault an {@link InvalidInputException}
 * violation whose path is the key's name:
 * {@value #SPLIT_MISMATCH} (a split does not add up to its total),
 * {@value #INDIVIDUAL_ABOVE_EMPLOYER} (the individual's share exceeds the employer's),
 * {@value #RATE_INCREASE} (a reduced share above its standard one). The kind is one-time: the
 * decision has no months.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnemploymentInsuranceReductionCalculator
        implements SubsidyCalculator<UnemploymentInsuranceReductionInput> {

    /** A split that does not add up to its total. */
    public static final String SPLIT_MISMATCH = "unemployment-insurance-reduction.split-mismatch";
    /** An individual share above the employer's. */
    public static final String INDIVIDUAL_ABOVE_EMPLOYER = "unemployment-insurance-reduction.individual-above-employer";
    /** A reduced share above the standard one. */
    public static final String RATE_INCREASE = "unemployment-insurance-reduction.rate-increase";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     */
    public UnemploymentInsuranceReductionCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /** The four shares in force in one month. */
    private record Shares(Ratio standardEmployer, Ratio standardIndividual, Ratio reducedEmployer,
            Ratio reducedIndividual) {

        Ratio employerCut() {
            return standardEmployer.minus(reducedEmployer);
        }

        Ratio individualCut() {
            return standardIndividual.minus(reducedIndividual);
        }
    }

    @Override
    public SubsidyDecision calculate(UnemploymentInsuranceReductionInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.UNEMPLOYMENT_INSURANCE_REDUCTION,
                Beneficiary.unit(input.employer()), input.jurisdiction());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        Ratio base = Ratio.of(input.monthlyBase().fen());
        Ratio employerFen = Ratio.ZERO;
        Ratio employeeFen = Ratio.ZERO;
        List<Explanation> segments = explain ? new ArrayList<>() : null;
        Shares current = null;
        YearMonth segmentStart = null;
        int segmentMonths = 0;
        for (YearMonth m = input.firstMonth(); !m.isAfter(input.lastMonth()); m = m.plusMonths(1)) {
            Shares shares = shares(reads, m.atDay(1));
            employerFen = employerFen.plus(base.times(shares.employerCut()));
            employeeFen = employeeFen.plus(base.times(shares.individualCut()));
            if (explain) {
                if (!shares.equals(current)) {
                    if (current != null) {
                        segments.add(segment(current, segmentStart, segmentMonths));
                    }
                    current = shares;
                    segmentStart = m;
                    segmentMonths = 0;
                }
                segmentMonths++;
            }
        }
        Rounding employer = Rounding.of("employer-saving", employerFen, RoundingMode.HALF_UP);
        Rounding employee = Rounding.of("employee-saving", employeeFen, RoundingMode.HALF_UP);
        b.rounding(employer).rounding(employee)
                .component("employer-saving", employer.rounded())
                .component("employee-saving", employee.rounded());
        if (explain) {
            segments.add(segment(current, segmentStart, segmentMonths));
            Explanation.Builder root = Explanation.builder("unemployment-insurance-reduction.saving")
                    .description("base x (standard share - reduced share), per side and month")
                    .input("employer", input.employer().value())
                    .input("monthlyBase", input.monthlyBase().format())
                    .input("period", input.firstMonth() + ".." + input.lastMonth())
                    .input("employerSaving", employer.rounded().format())
                    .input("employeeSaving", employee.rounded().format())
                    .value(employer.rounded().plus(employee.rounded()).format())
                    .children(segments);
            reads.legalBases().forEach(root::legalBasis);
            b.explanation(root.build());
        }
        return b.build();
    }

    private static Explanation segment(Shares s, YearMonth from, int months) {
        return Explanation.builder("unemployment-insurance-reduction.rates")
                .description(months + " month(s) from " + from)
                .input("standardEmployer", Percent.of(s.standardEmployer()))
                .input("reducedEmployer", Percent.of(s.reducedEmployer()))
                .input("standardIndividual", Percent.of(s.standardIndividual()))
                .input("reducedIndividual", Percent.of(s.reducedIndividual()))
                .value("employer cut " + Percent.of(s.employerCut()) + ", individual cut "
                        + Percent.of(s.individualCut()))
                .build();
    }

    private static Shares shares(PackReads reads, LocalDate on) {
        Ratio standardTotal = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_TOTAL_RATE, on);
        Ratio reducedTotal = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_REDUCED_TOTAL_RATE, on);
        Ratio standardEmployer = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE, on);
        Ratio standardIndividual = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE, on);
        Ratio reducedEmployer = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, on);
        Ratio reducedIndividual = reads.get(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, on);
        Set<Violation> faults = new LinkedHashSet<>();
        if (!standardEmployer.plus(standardIndividual).equals(standardTotal)) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE, SPLIT_MISMATCH,
                    "the standard employer and individual shares do not add up to the standard total rate"));
        }
        if (!reducedEmployer.plus(reducedIndividual).equals(reducedTotal)) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, SPLIT_MISMATCH,
                    "the reduced employer and individual shares do not add up to the reduced total rate"));
        }
        if (standardIndividual.compareTo(standardEmployer) > 0) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE, INDIVIDUAL_ABOVE_EMPLOYER,
                    "the individual's standard share exceeds the employer's"));
        }
        if (reducedIndividual.compareTo(reducedEmployer) > 0) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, INDIVIDUAL_ABOVE_EMPLOYER,
                    "the individual's reduced share exceeds the employer's"));
        }
        if (reducedEmployer.compareTo(standardEmployer) > 0) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, RATE_INCREASE,
                    "the employer's reduced share is above the standard one"));
        }
        if (reducedIndividual.compareTo(standardIndividual) > 0) {
            faults.add(fault(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, RATE_INCREASE,
                    "the individual's reduced share is above the standard one"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(List.copyOf(faults));
        }
        return new Shares(standardEmployer, standardIndividual, reducedEmployer, reducedIndividual);
    }

    private static Violation fault(PolicyKey<?> key, String code, String message) {
        return new Violation(key.name(), code, message);
    }
}
