package org.jobassist.impl.internal.subsidy.enterprise;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.TraineeCategory;
import org.jobassist.api.subsidy.WorkForTrainingInput;

/**
 * The work-for-training subsidy (以工代训补贴), DOMAIN §3.4.
 *
 * <p>Rules, with the pack values read as in force on the application date:
 * <ul>
 *   <li>the enterprise is an SME, or its sector is one of {@code work-for-training.sectors}
 *       (those qualify whatever their size);</li>
 *   <li>a trainee of its own staff qualifies only when the enterprise was hit by the
 *       epidemic;</li>
 *   <li>a recent graduate was hired within {@code work-for-training.graduate-window} of
 *       graduating;</li>
 *   <li>the application is made on or before {@code work-for-training.application-deadline}.</li>
 * </ul>
 * Amount: {@code work-for-training.monthly-amount} per month for the months asked for, at most
 * {@code work-for-training.max-months}, from the first training month. No rounding: the amount
 * is whole fen.
 *
 * <p>Ineligibility codes: {@value #ENTERPRISE_NOT_COVERED}, {@value #NOT_EPIDEMIC_HIT},
 * {@value #APPLICATION_CLOSED}, {@value #GRADUATE_WINDOW_PASSED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkForTrainingCalculator implements SubsidyCalculator<WorkForTrainingInput> {

    /** A large enterprise outside the covered sectors. */
    public static final String ENTERPRISE_NOT_COVERED = "work-for-training.enterprise-not-covered";
    /** Own staff trained by an enterprise not hit by the epidemic. */
    public static final String NOT_EPIDEMIC_HIT = "work-for-training.not-epidemic-hit";
    /** Applied after the deadline. */
    public static final String APPLICATION_CLOSED = "work-for-training.application-closed";
    /** A graduate hired after the graduate window. */
    public static final String GRADUATE_WINDOW_PASSED = "work-for-training.graduate-window-passed";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     */
    public WorkForTrainingCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public SubsidyDecision calculate(WorkForTrainingInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.applicationDate();
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.WORK_FOR_TRAINING,
                Beneficiary.unit(input.enterprise()), input.jurisdiction()).person(input.trainee());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        Money monthly = reads.get(PolicyKeys.WORK_FOR_TRAINING_MONTHLY_AMOUNT, on);
        int maxMonths = reads.get(PolicyKeys.WORK_FOR_TRAINING_MAX_MONTHS, on);
        LocalDate deadline = reads.get(PolicyKeys.WORK_FOR_TRAINING_APPLICATION_DEADLINE, on);
        Set<String> sectors = reads.get(PolicyKeys.WORK_FOR_TRAINING_SECTORS, on);
        List<Explanation> steps = explain ? new ArrayList<>() : null;
        boolean eligible = true;

        boolean covered = input.size().isSme() || sectors.contains(input.sector().name());
        if (!covered) {
            eligible = false;
            b.ineligible(ENTERPRISE_NOT_COVERED, "a large enterprise outside the covered sectors");
        }
        if (explain) {
            steps.add(Explanation.builder("work-for-training.enterprise")
                    .description("an SME, or an enterprise of a covered sector")
                    .input("size", input.size().name()).input("sector", input.sector().name())
                    .input("coveredSectors", String.join(",", sectors)).satisfied(covered).build());
        }
        if (input.category() == TraineeCategory.OWN_STAFF) {
            if (!input.epidemicHit()) {
                eligible = false;
                b.ineligible(NOT_EPIDEMIC_HIT, "own staff qualify only at an enterprise hit by the epidemic");
            }
            if (explain) {
                steps.add(Explanation.builder("work-for-training.epidemic-hit")
                        .description("own staff are trained by an enterprise hit by the epidemic")
                        .input("epidemicHit", Boolean.toString(input.epidemicHit()))
                        .satisfied(input.epidemicHit()).build());
            }
        }
        if (input.category() == TraineeCategory.RECENT_GRADUATE) {
            Period window = reads.get(PolicyKeys.WORK_FOR_TRAINING_GRADUATE_WINDOW, on);
            LocalDate lastHireDay = input.graduationDate().orElseThrow().plus(window);
            boolean within = !input.hireDate().orElseThrow().isAfter(lastHireDay);
            if (!within) {
                eligible = false;
                b.ineligible(GRADUATE_WINDOW_PASSED, "the graduate was hired more than " + window
                        + " after graduating");
            }
            if (explain) {
                // Dates of the graduate's life are personal; the explanation gives only the outcome.
                steps.add(Explanation.builder("work-for-training.graduate-window")
                        .description("hired within " + window + " of graduating")
                        .input("window", window.toString()).satisfied(within).build());
            }
        }
        boolean open = !on.isAfter(deadline);
        if (!open) {
            eligible = false;
            b.ineligible(APPLICATION_CLOSED, "applications closed on " + deadline);
        }
        if (explain) {
            steps.add(Explanation.builder("work-for-training.application-window")
                    .description("applied on or before " + deadline)
                    .input("applicationDate", on.toString()).satisfied(open).build());
        }
        int granted = Math.min(input.trainingMonths(), maxMonths);
        if (eligible) {
            List<YearMonth> months = new ArrayList<>(granted);
            for (int i = 0; i < granted; i++) {
                months.add(input.trainingStart().plusMonths(i));
            }
            b.component("work-for-training", monthly).months(months);
        }
        if (explain) {
            steps.add(Explanation.builder("work-for-training.months")
                    .description("the months asked for, at most " + maxMonths)
                    .input("trainingStart", input.trainingStart().toString())
                    .input("trainingMonths", Integer.toString(input.trainingMonths()))
                    .value(Integer.toString(eligible ? granted : 0)).build());
            Explanation.Builder root = Explanation.builder("work-for-training.subsidy")
                    .description(monthly.format() + " per trainee and month, at most " + maxMonths + " months")
                    .input("enterprise", input.enterprise().value())
                    .input("trainee", input.trainee().masked())
                    .input("category", input.category().name())
                    .children(steps);
            reads.legalBases().forEach(root::legalBasis);
            if (eligible) {
                root.value(monthly.times(granted).format());
            } else {
                root.satisfied(false);
            }
            b.explanation(root.build());
        }
        return b.build();
    }
}
