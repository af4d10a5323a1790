package org.jobassist.impl.internal.subsidy.pwp;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.HardshipGroup;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.internal.subsidy.monthly.EmployerShare;
import org.jobassist.impl.internal.subsidy.monthly.Entitlement;
import org.jobassist.impl.internal.subsidy.monthly.MonthOutcome;
import org.jobassist.impl.internal.subsidy.monthly.PackSeries;
import org.jobassist.impl.internal.subsidy.monthly.Runs;

/**
 * The public-welfare-post subsidy over a policy pack: per granted month, the local minimum
 * wage of the jurisdiction in force on the month's first day (part {@code wage}) plus the
 * employer's contributions actually paid for the post's covered insurances (part
 * {@code social-insurance}, absent in a month without one). A month is excluded, first rule
 * failing: outside the placement, at or after the retirement month, the placement's
 * entitlement used up. The whole case fails when the person was not recognised, was of
 * retirement age at the start, or, on a re-placement, is in no special-hardship group, left
 * the previous post too recently, or would exceed the placements allowed. Immutable and
 * thread-safe.
 */
public final class PublicWelfarePostEngine implements MonthlySubsidyCalculator<PublicWelfarePostInput> {

    /** The area prefix of every code and rule id. */
    public static final String AREA = "public-welfare-post";

    private final PolicyPack pack;
    private final PackSeries<Period> duration;
    private final PackSeries<Period> threshold;
    private final PackSeries<Money> minimumWage;
    private final PackSeries<Set<String>> coveredInsurances;

    /**
     * Creates the engine.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public PublicWelfarePostEngine(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.duration = new PackSeries<>(pack, PolicyKeys.PUBLIC_WELFARE_POST_DURATION);
        this.threshold = new PackSeries<>(pack, PolicyKeys.PUBLIC_WELFARE_POST_RETIREMENT_EXTENSION_THRESHOLD);
        this.minimumWage = new PackSeries<>(pack, PolicyKeys.MINIMUM_WAGE_MONTHLY);
        this.coveredInsurances = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES);
    }

    /**
     * The months of subsidy this placement allows in all, fixed on its first day: the pack's
     * duration (36 months), cut at the month before statutory retirement, or all the months to
     * retirement when less than the extension threshold (5 years) was left; 0 when the person
     * was already of retirement age. The grant service records it as the ledger entries'
     * duration cap, which counts per placement (grant reference).
     *
     * @param input the case
     * @return the months, not negative
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the duration or the
     *     threshold is unset for the jurisdiction on the placement's first day
     * @throws NullPointerException if {@code input} is null
     */
    public int entitlementMonths(PublicWelfarePostInput input) {
        Objects.requireNonNull(input, "input");
        return entitlement(input).months;
    }

    private Entitlement entitlement(PublicWelfarePostInput input) {
        return Entitlement.fix(AREA, duration, threshold, input.jurisdiction(), input.placement().start(), input.person().birthDate(), input.retirementClass());
    }

    @Override
    public SubsidyDecision calculate(PublicWelfarePostInput input, boolean explain) {
        return Runs.single(AREA, calculateRuns(input, explain));
    }

    @Override
    public List<SubsidyDecision> calculateRuns(PublicWelfarePostInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate start = input.placement().start();
        Entitlement entitlement = entitlement(input);
        Replacement replacement = new Replacement(input, start);
        List<ResolvedValue<?>> common = new ArrayList<>(entitlement.values());
        common.addAll(replacement.values);
        List<Ineligibility> preconditions = new ArrayList<>(3);
        if (!input.recognised()) {
            preconditions.add(new Ineligibility(AREA + ".not-recognised",
                    "the person was not a recognised person with employment difficulties when placed"));
        }
        if (entitlement.retiredAtStart) {
            preconditions.add(new Ineligibility(AREA + ".retired-at-placement",
                    "the person was of statutory retirement age when placed"));
        }
        preconditions.addAll(replacement.failures);
        List<MonthOutcome> months = preconditions.isEmpty() ? months(input, entitlement, explain) : List.of();
        Runs.Subject subject = new Runs.Subject(SubsidyKind.PUBLIC_WELFARE_POST, input.beneficiary(), input.person(),
                input.jurisdiction());
        return Runs.decisions(subject, preconditions, months, common,
                explain ? (run, reasons) -> explainRoot(input, entitlement, replacement, months, run, reasons) : null);
    }

    /** The re-placement rules, read and checked once per case. */
    private final class Replacement {
        final List<ResolvedValue<?>> values = new ArrayList<>(3);
        final List<Ineligibility> failures = new ArrayList<>(3);
        final ResolvedValue<Integer> max;
        ResolvedValue<Set<String>> groups;
        ResolvedValue<Period> gap;
        LocalDate earliest;
        boolean hardship;

        Replacement(PublicWelfarePostInput in, LocalDate start) {
            max = pack.resolve(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, in.jurisdiction(), start);
            values.add(max);
            List<DateRange> previous = in.previousPlacements();
            if (!previous.isEmpty()) {
                groups = pack.resolve(PolicyKeys.PUBLIC_WELFARE_POST_REPLACEMENT_GROUPS, in.jurisdiction(), start);
                gap = pack.resolve(PolicyKeys.PUBLIC_WELFARE_POST_REPLACEMENT_GAP, in.jurisdiction(), start);
                values.add(groups);
                values.add(gap);
                Set<HardshipGroup> allowed = groups(groups);
                hardship = in.hardshipGroups().stream().anyMatch(allowed::contains);
                if (!hardship) {
                    failures.add(new Ineligibility(AREA + ".replacement-not-hardship",
                            "only the special-hardship groups may be placed in a public welfare post again"));
                }
                LocalDate lastEnd = previous.get(0).end();
                for (DateRange p : previous) {
                    lastEnd = p.end().isAfter(lastEnd) ? p.end() : lastEnd;
                }
                earliest = lastEnd.plusDays(1).plus(gap.value());
                if (start.isBefore(earliest)) {
                    failures.add(new Ineligibility(AREA + ".replacement-too-soon",
                            "a new placement must start at least the re-placement gap after leaving the previous post"));
                }
            }
            if (previous.size() + 1L > max.value()) {
                failures.add(new Ineligibility(AREA + ".placement-limit",
                        "the person has had as many placements as are allowed"));
            }
        }

        Explanation explain(PublicWelfarePostInput in) {
            Explanation.Builder b = Explanation.builder(AREA + ".placements")
                    .description("a re-placement is for the special-hardship groups only, after the gap, within the"
                            + " number of placements allowed")
                    .input("previousPlacements", Integer.toString(in.previousPlacements().size()))
                    .input("maxPlacements", max.value().toString())
                    .satisfied(failures.isEmpty())
                    .legalBasis(max.legalBasis());
            if (groups != null) {
                b.child(Explanation.builder(AREA + ".replacement-hardship")
                        .input("groups", in.hardshipGroups().toString())
                        .input("allowed", groups.value().toString())
                        .satisfied(hardship)
                        .legalBasis(groups.legalBasis())
                        .build());
                b.child(Explanation.builder(AREA + ".replacement-gap")
                        .input("gap", gap.value().toString())
                        .input("earliestStart", earliest.toString())
                        .input("start", in.placement().start().toString())
                        .satisfied(!in.placement().start().isBefore(earliest))
                        .legalBasis(gap.legalBasis())
                        .build());
            }
            return b.build();
        }
    }

    private static Set<HardshipGroup> groups(ResolvedValue<Set<String>> value) {
        Set<HardshipGroup> set = EnumSet.noneOf(HardshipGroup.class);
        for (String code : value.value()) {
            HardshipGroup group = null;
            for (HardshipGroup g : HardshipGroup.values()) {
                group = g.name().equals(code) ? g : group;
            }
            if (group == null) {
                throw new InvalidInputException(new Violation(value.key().name(), AREA + ".pack-group",
                        "the pack lists a special-hardship group the library does not know"));
            }
            set.add(group);
        }
        return set;
    }

    private List<MonthOutcome> months(PublicWelfarePostInput in, Entitlement entitlement, boolean explain) {
        EmployerShare share = EmployerShare.of(in.contributions());
        DateRange placement = in.placement();
        List<MonthOutcome> outcomes = new ArrayList<>();
        int enjoyed = in.monthsAlreadyEnjoyed();
        for (YearMonth m = in.firstMonth(); !m.isAfter(in.lastMonth()); m = m.plusMonths(1)) {
            MonthOutcome outcome;
            if (placement.start().isAfter(m.atEndOfMonth()) || placement.end().isBefore(m.atDay(1))) {
                outcome = excluded(m, "outside-placement", "the person did not hold the post in the month", explain);
            } else if (!m.isBefore(entitlement.retirementMonth)) {
                outcome = excluded(m, "retirement-reached", "no subsidy from the statutory retirement month on", explain);
            } else if (enjoyed >= entitlement.months) {
                outcome = excluded(m, "duration-exhausted", "the months of the placement's entitlement are used up",
                        explain);
            } else {
                outcome = granted(m, in, share, explain);
                enjoyed++;
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private MonthOutcome granted(YearMonth m, PublicWelfarePostInput in, EmployerShare share, boolean explain) {
        LocalDate day = m.atDay(1);
        ResolvedValue<Money> wage = minimumWage.resolve(in.jurisdiction(), day);
        ResolvedValue<Set<String>> coveredValue = coveredInsurances.resolve(in.jurisdiction(), day);
        Set<InsuranceType> covered = EmployerShare.covered(coveredValue, AREA);
        Money insurance = Money.ZERO;
        for (Map.Entry<InsuranceType, Money> e : share.coveredIn(m, covered).entrySet()) {
            insurance = insurance.plus(e.getValue());
        }
        List<AmountComponent> parts = insurance.isPositive()
                ? List.of(new AmountComponent("wage", wage.value()), new AmountComponent("social-insurance", insurance))
                : List.of(new AmountComponent("wage", wage.value()));
        Explanation node = null;
        if (explain) {
            node = Explanation.builder(AREA + ".month")
                    .input("month", m.toString())
                    .description("granted: the local minimum wage plus the post's social-insurance subsidy")
                    .value(wage.value().plus(insurance).format())
                    .child(Explanation.builder(AREA + ".wage")
                            .description("the local minimum wage in force on the month's first day")
                            .input("jurisdiction", in.jurisdiction().code())
                            .input("setBy", wage.jurisdiction().code())
                            .input("effectiveFrom", wage.effectiveFrom().toString())
                            .value(wage.value().format())
                            .legalBasis(wage.legalBasis())
                            .build())
                    .child(share.explain(AREA, m, covered))
                    .build();
        }
        return MonthOutcome.granted(m, parts, List.of(), List.of(wage, coveredValue), node);
    }

    private static MonthOutcome excluded(YearMonth m, String reason, String message, boolean explain) {
        String code = AREA + "." + reason;
        Explanation node = explain ? Explanation.builder(AREA + ".month")
                .input("month", m.toString())
                .input("reason", code)
                .description(message)
                .outcome(Explanation.Outcome.NOT_SATISFIED)
                .build() : null;
        return MonthOutcome.excluded(m, code, message, List.of(), node);
    }

    private static Explanation explainRoot(PublicWelfarePostInput in, Entitlement entitlement, Replacement replacement,
                                           List<MonthOutcome> months, List<MonthOutcome> run,
                                           List<Ineligibility> reasons) {
        Explanation.Builder root = Explanation.builder(AREA + "-subsidy")
                .description("public-welfare-post subsidy: the local minimum wage plus the post's social-insurance"
                        + " subsidy, for the placement's entitlement")
                .input("person", in.person().masked())
                .input("jurisdiction", in.jurisdiction().code())
                .input("placement", in.placement().toString())
                .input("period", in.firstMonth() + "/" + in.lastMonth())
                .input("monthsAlreadyEnjoyed", Integer.toString(in.monthsAlreadyEnjoyed()))
                .legalBasis(entitlement.duration.legalBasis());
        Runs.describe(root, run, reasons);
        root.child(Explanation.builder(AREA + ".recognised")
                .description("a recognised person with employment difficulties when placed, as the host states")
                .input("recognised", Boolean.toString(in.recognised()))
                .satisfied(in.recognised())
                .build());
        root.child(replacement.explain(in));
        root.child(entitlement.explain());
        if (!months.isEmpty()) {
            long granted = months.stream().filter(MonthOutcome::isGranted).count();
            root.child(Explanation.builder(AREA + ".months")
                    .description("each month of the period: granted, or excluded with its reason")
                    .value(granted + " of " + months.size() + " months granted")
                    .children(months.stream().map(MonthOutcome::explanation).toList())
                    .build());
        }
        return root.build();
    }
}
