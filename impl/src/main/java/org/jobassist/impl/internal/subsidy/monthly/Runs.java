package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.AmountComponent;
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

    /** Bounds {@link #ONE_MONTH}: the engines' messages are constants, a few dozen at most. */
    private static final int MAX_CACHED_MESSAGES = 256;
    /** Message → message with " (1 month)", so a one-month case builds no string. */
    private static final ConcurrentHashMap<String, String> ONE_MONTH = new ConcurrentHashMap<>();

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
        MonthOutcome head = null;
        boolean allGranted = true;
        boolean oneRun = true;
        for (int i = 0, n = months.size(); i < n; i++) {
            MonthOutcome m = months.get(i);
            if (!m.isGranted()) {
                allGranted = false;
            } else if (head == null) {
                head = m;
            } else if (oneRun && !sameParts(head, m)) {
                oneRun = false;
            }
        }
        if (head == null) {
            return List.of(ineligible(subject, reasons(months), common, months, explainer));
        }
        if (oneRun) {
            // The usual case (a single month, or a steady amount): no run lists to build.
            List<MonthOutcome> run = allGranted ? months : granted(months);
            return List.of(decision(subject, run, common, explainer));
        }
        List<List<MonthOutcome>> runs = new ArrayList<>();
        List<MonthOutcome> current = null;
        for (MonthOutcome m : months) {
            if (!m.isGranted()) {
                continue;
            }
            if (current == null || !sameParts(current.get(0), m)) {
                current = new ArrayList<>();
                runs.add(current);
            }
            current.add(m);
        }
        List<SubsidyDecision> decisions = new ArrayList<>(runs.size());
        for (List<MonthOutcome> run : runs) {
            decisions.add(decision(subject, run, common, explainer));
        }
        return List.copyOf(decisions);
    }

    /**
     * Writes a run's outcome on the root of its explanation: not satisfied with the reason codes
     * when no month is granted, else the run's months and its monthly amount times the months.
     *
     * @param root the root node of the run's explanation
     * @param run the granted months of the run, in order; empty when none is granted
     * @param reasons the reasons, when no month is granted
     */
    public static void describe(Explanation.Builder root, List<MonthOutcome> run, List<Ineligibility> reasons) {
        if (run.isEmpty()) {
            root.outcome(Explanation.Outcome.NOT_SATISFIED)
                    .result(reasons.stream().map(Ineligibility::code).toList().toString());
            return;
        }
        Money monthly = Money.ZERO;
        for (AmountComponent c : run.get(0).components()) {
            monthly = monthly.plus(c.monthly());
        }
        root.input("months", run.get(0).month() + "/" + run.get(run.size() - 1).month()
                + " (" + run.size() + (run.size() == 1 ? " month)" : " months)"))
                .value(monthly.format() + " x " + run.size() + " = " + monthly.times(run.size()).format());
    }

    private static boolean sameParts(MonthOutcome a, MonthOutcome b) {
        return a.components().equals(b.components());
    }

    private static List<MonthOutcome> granted(List<MonthOutcome> months) {
        List<MonthOutcome> granted = new ArrayList<>(months.size());
        for (MonthOutcome m : months) {
            if (m.isGranted()) {
                granted.add(m);
            }
        }
        return granted;
    }

    private static SubsidyDecision decision(Subject subject, List<MonthOutcome> run, List<ResolvedValue<?>> common,
                                            RootExplainer explainer) {
        SubsidyDecision.Builder b = start(subject);
        int size = run.size();
        if (size == 1) {
            MonthOutcome m = run.get(0);
            b.months(List.of(m.month()));
            for (Rounding r : m.roundings()) {
                b.rounding(r);
            }
        } else {
            YearMonth[] granted = new YearMonth[size];
            for (int i = 0; i < size; i++) {
                MonthOutcome m = run.get(i);
                granted[i] = m.month();
                for (Rounding r : m.roundings()) {
                    b.rounding(r);
                }
            }
            b.months(Arrays.asList(granted));
        }
        for (AmountComponent c : run.get(0).components()) {
            b.component(c.name(), c.monthly());
        }
        read(b, common, run);
        if (explainer != null) {
            b.explanation(explainer.explain(run, List.of()));
        }
        return b.build();
    }

    /**
     * The reasons of a case whose months are all excluded: each code once, in order of first
     * appearance, its message with the number of months. A handful of months: array scans, not maps.
     */
    private static List<Ineligibility> reasons(List<MonthOutcome> months) {
        int n = months.size();
        String[] codes = new String[n];
        String[] messages = new String[n];
        int[] counts = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            MonthOutcome m = months.get(i);
            String code = m.reasonCode();
            int j = 0;
            while (j < distinct && !(codes[j] == code || codes[j].equals(code))) {
                j++;
            }
            if (j == distinct) {
                codes[j] = code;
                messages[j] = m.reasonMessage();
                distinct++;
            }
            counts[j]++;
        }
        if (distinct == 1) {
            return List.of(new Ineligibility(codes[0], withMonths(messages[0], counts[0])));
        }
        List<Ineligibility> reasons = new ArrayList<>(distinct);
        for (int j = 0; j < distinct; j++) {
            reasons.add(new Ineligibility(codes[j], withMonths(messages[j], counts[j])));
        }
        return reasons;
    }

    private static String withMonths(String message, int n) {
        if (n != 1) {
            return message + " (" + n + " months)";
        }
        // One excluded month is the common case; the engines' messages are a few constants.
        String text = ONE_MONTH.get(message);
        if (text == null) {
            text = message + " (1 month)";
            if (ONE_MONTH.size() < MAX_CACHED_MESSAGES) {
                ONE_MONTH.putIfAbsent(message, text);
            }
        }
        return text;
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
        read(b, common, months);
        if (explainer != null) {
            b.explanation(explainer.explain(List.of(), reasons));
        }
        return b.build();
    }

    private static SubsidyDecision.Builder start(Subject s) {
        SubsidyDecision.Builder b = SubsidyDecision.builder(s.kind(), s.beneficiary(), s.jurisdiction());
        return s.person() == null ? b : b.person(s.person());
    }

    /** Records every distinct value read: the common ones first, then the months', in order. */
    private static void read(SubsidyDecision.Builder b, List<ResolvedValue<?>> common, List<MonthOutcome> months) {
        // A handful of values: each is compared with those before it (identity first, as the
        // engines hand out the same entries; then the cached hash), no set and no copy.
        for (int i = 0, n = common.size(); i < n; i++) {
            ResolvedValue<?> v = common.get(i);
            if (!seenIn(common, i, v.source())) {
                b.read(v);
            }
        }
        for (int m = 0, n = months.size(); m < n; m++) {
            List<ResolvedValue<?>> values = months.get(m).values();
            for (int j = 0, k = values.size(); j < k; j++) {
                PolicyValue<?> source = values.get(j).source();
                if (!seenIn(common, common.size(), source) && !seenInMonths(months, m, values, j, source)) {
                    b.read(values.get(j));
                }
            }
        }
    }

    /** Whether one of the first {@code end} values has {@code source}. */
    private static boolean seenIn(List<ResolvedValue<?>> values, int end, PolicyValue<?> source) {
        for (int i = 0; i < end; i++) {
            if (same(values.get(i).source(), source)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a month before {@code month}, or a value before {@code at} in it, has {@code source}. */
    private static boolean seenInMonths(List<MonthOutcome> months, int month, List<ResolvedValue<?>> values, int at,
                                        PolicyValue<?> source) {
        for (int m = 0; m < month; m++) {
            List<ResolvedValue<?>> earlier = months.get(m).values();
            if (seenIn(earlier, earlier.size(), source)) {
                return true;
            }
        }
        return seenIn(values, at, source);
    }

    private static boolean same(PolicyValue<?> a, PolicyValue<?> b) {
        // PolicyValue caches its hash: unequal entries are told apart without a field-by-field compare.
        return a == b || a.hashCode() == b.hashCode() && a.equals(b);
    }
}
