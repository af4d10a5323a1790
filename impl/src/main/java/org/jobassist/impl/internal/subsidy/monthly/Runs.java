package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * Turns the outcomes of a period's months into decisions of one monthly amount each
 * (see {@link org.jobassist.api.subsidy.MonthlySubsidyCalculator}): a run is a maximal
 * sequence of consecutive granted months, excluded months skipped, with equal parts. Each
 * decision records the roundings of its months and every distinct pack value read (the
 * common ones first, then its months', each pack entry once). Stateless.
 */
public final class Runs {

    /** Builds the root explanation of one decision. */
    @FunctionalInterface
    public interface RootExplainer {
        /**
         * The explanation of one decision.
         *
         * @param run the granted months of the decision; empty for an ineligible one
         * @param ineligibilities the reasons of an ineligible decision; empty for a run
         * @return the explanation
         */
        Explanation explain(List<MonthOutcome> run, List<Ineligibility> ineligibilities);
    }

    /** Who and where, the same for every decision of a case. */
    public record Subject(SubsidyKind kind, Beneficiary beneficiary, ResidentIdNumber person, DivisionCode jurisdiction) {}

    private Runs() {}

    /**
     * The decisions of a case.
     *
     * @param subject who and where
     * @param preconditions reasons the whole case fails, before any month is looked at
     * @param months the outcome of each month of the period, in order (ignored when a
     *     precondition fails)
     * @param common the values read for the whole case
     * @param explainer the explanation builder, or null on the fast path
     * @return the decisions in month order, at least one
     */
    public static List<SubsidyDecision> decisions(Subject subject, List<Ineligibility> preconditions,
                                                  List<MonthOutcome> months, List<ResolvedValue<?>> common,
                                                  RootExplainer explainer) {
        if (!preconditions.isEmpty()) {
            return List.of(ineligible(subject, preconditions, common, List.of(), explainer));
        }
        List<List<MonthOutcome>> runs = new ArrayList<>();
        List<MonthOutcome> current = null;
        for (MonthOutcome m : months) {
            if (!m.isGranted()) {
                continue;
            }
            if (current == null || !current.get(0).components().equals(m.components())) {
                current = new ArrayList<>();
                runs.add(current);
            }
            current.add(m);
        }
        if (runs.isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> messages = new LinkedHashMap<>();
            for (MonthOutcome m : months) {
                counts.merge(m.reasonCode(), 1, Integer::sum);
                messages.putIfAbsent(m.reasonCode(), m.reasonMessage());
            }
            List<Ineligibility> reasons = new ArrayList<>();
            counts.forEach((code, n) -> reasons.add(new Ineligibility(code,
                    messages.get(code) + " (" + n + (n == 1 ? " month)" : " months)"))));
            return List.of(ineligible(subject, reasons, common, months, explainer));
        }
        List<SubsidyDecision> decisions = new ArrayList<>(runs.size());
        for (List<MonthOutcome> run : runs) {
            SubsidyDecision.Builder b = start(subject);
            List<YearMonth> granted = new ArrayList<>(run.size());
            for (MonthOutcome m : run) {
                granted.add(m.month());
                for (Rounding r : m.roundings()) {
                    b.rounding(r);
                }
            }
            run.get(0).components().forEach(c -> b.component(c.name(), c.monthly()));
            b.months(granted);
            values(common, run).forEach(b::read);
            if (explainer != null) {
                b.explanation(explainer.explain(run, List.of()));
            }
            decisions.add(b.build());
        }
        return List.copyOf(decisions);
    }

    /**
     * The one decision of a case, refusing a period whose monthly amount varies.
     *
     * @param area the calculator's area, which prefixes the code {@code <area>.amount-varies}
     * @param decisions the runs
     * @return the only decision
     * @throws InvalidInputException with code {@code <area>.amount-varies} at {@code period}
     *     if there is more than one run
     */
    public static SubsidyDecision single(String area, List<SubsidyDecision> decisions) {
        if (decisions.size() != 1) {
            throw new InvalidInputException(new Violation("period", area + ".amount-varies",
                    "the monthly amount changes within the period (from " + decisions.get(1).months().get(0)
                            + "); calculate it by runs"));
        }
        return decisions.get(0);
    }

    private static SubsidyDecision ineligible(Subject subject, List<Ineligibility> reasons,
                                              List<ResolvedValue<?>> common, List<MonthOutcome> months,
                                              RootExplainer explainer) {
        SubsidyDecision.Builder b = start(subject);
        for (Ineligibility r : reasons) {
            b.ineligible(r.code(), r.message());
        }
        values(common, months).forEach(b::read);
        if (explainer != null) {
            b.explanation(explainer.explain(List.of(), reasons));
        }
        return b.build();
    }

    private static SubsidyDecision.Builder start(Subject s) {
        SubsidyDecision.Builder b = SubsidyDecision.builder(s.kind(), s.beneficiary(), s.jurisdiction());
        return s.person() == null ? b : b.person(s.person());
    }

    private static List<ResolvedValue<?>> values(List<ResolvedValue<?>> common, List<MonthOutcome> months) {
        // A handful of values: a list scan (identity first, as the engines hand out the same
        // entries) is cheaper than hashing each entry with its legal basis.
        List<ResolvedValue<?>> distinct = new ArrayList<>(common.size() + 4);
        for (ResolvedValue<?> v : common) {
            addIfNew(distinct, v);
        }
        for (MonthOutcome m : months) {
            for (ResolvedValue<?> v : m.values()) {
                addIfNew(distinct, v);
            }
        }
        return distinct;
    }

    private static void addIfNew(List<ResolvedValue<?>> distinct, ResolvedValue<?> v) {
        PolicyValue<?> source = v.source();
        for (int i = 0, n = distinct.size(); i < n; i++) {
            PolicyValue<?> seen = distinct.get(i).source();
            if (seen == source || seen.equals(source)) {
                return;
            }
        }
        distinct.add(v);
    }
}
