package org.jobassist.impl.internal.subsidy.si;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.FlexibleContribution;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.internal.subsidy.monthly.CoveredInsurances;
import org.jobassist.impl.internal.subsidy.monthly.EmployerShare;
import org.jobassist.impl.internal.subsidy.monthly.Entitlement;
import org.jobassist.impl.internal.subsidy.monthly.MonthLabels;
import org.jobassist.impl.internal.subsidy.monthly.MonthOutcome;
import org.jobassist.impl.internal.subsidy.monthly.PackSeries;
import org.jobassist.impl.internal.subsidy.monthly.Runs;
import org.jobassist.impl.internal.subsidy.monthly.SmallLists;

/**
 * The social-insurance subsidy over a policy pack. Per month of the period, in order, the
 * first rule that fails excludes the month: before the first approval month, at or after the
 * retirement month, (employer) outside the hire spell, nothing covered paid, the entitlement
 * already used up. A granted month counts against the entitlement. The fast path and the full
 * path run the same code; only the explanation nodes are skipped. Immutable and thread-safe.
 */
public final class SocialInsuranceEngine implements MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> {

    /** The area prefix of every code and rule id. */
    public static final String AREA = "social-insurance";
    /** The value of the shape key that selects a share of the contributions paid. */
    public static final String CAPPED_SHARE = "capped-share";
    /** The value of the shape key that selects Dalian's ratio of the minimum-base contributions. */
    public static final String RATIO_OF_MINIMUM_BASE = "ratio-of-minimum-base";

    private static final Ineligibility NOT_RECOGNISED = new Ineligibility(AREA + ".not-recognised",
            "the person was not a recognised person with employment difficulties at first approval");
    private static final Ineligibility RETIRED_AT_FIRST_APPROVAL = new Ineligibility(AREA + ".retired-at-first-approval",
            "the person was of statutory retirement age at first approval");
    // The reason codes of excluded months, whole (no string built per month).
    private static final String BEFORE_FIRST_APPROVAL = AREA + ".before-first-approval";
    private static final String RETIREMENT_REACHED = AREA + ".retirement-reached";
    private static final String OUTSIDE_EMPLOYMENT = AREA + ".outside-employment";
    private static final String NO_CONTRIBUTION = AREA + ".no-contribution";
    private static final String DURATION_EXHAUSTED = AREA + ".duration-exhausted";
    private static final InsuranceType[] INSURANCES = InsuranceType.values();
    private static final MonthLabels LABELS = new MonthLabels();

    // Every key the engine reads, resolved through per-jurisdiction chains (see PackSeries).
    private final PackSeries<Period> duration;
    private final PackSeries<Period> threshold;
    private final PackSeries<Set<String>> employerCovered;
    private final CoveredInsurances coveredInsurances = new CoveredInsurances(AREA);
    private final PackSeries<String> flexibleShape;
    private final PackSeries<Ratio> flexibleCapRatio;
    private final PackSeries<Ratio> minimumBaseRatio;
    private final PackSeries<Money> averageMonthlyWage;
    private final PackSeries<Ratio> pensionBaseShare;
    private final PackSeries<Ratio> medicalBaseShare;
    private final PackSeries<Ratio> pensionRate;
    private final PackSeries<Ratio> medicalRate;

    /**
     * Creates the engine.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public SocialInsuranceEngine(PolicyPack pack) {
        Objects.requireNonNull(pack, "pack");
        duration = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION);
        threshold = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD);
        employerCovered = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES);
        flexibleShape = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE);
        flexibleCapRatio = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_CAP_RATIO);
        minimumBaseRatio = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MINIMUM_BASE_RATIO);
        averageMonthlyWage = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_AVERAGE_MONTHLY_WAGE);
        pensionBaseShare = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_PENSION_BASE_SHARE);
        medicalBaseShare = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_BASE_SHARE);
        pensionRate = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_PENSION_RATE);
        medicalRate = new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_RATE);
    }

    /**
     * The months of subsidy the person's entitlement allows in all, fixed on the first
     * approval: the pack's duration (36 months), cut at the month before statutory retirement,
     * or all the months to retirement when less than the extension threshold (5 years) was
     * left; 0 when the person was already of retirement age. The grant service records it as
     * the ledger entries' duration cap, which the two social-insurance kinds share.
     *
     * @param input the case
     * @return the months, not negative
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the duration or the
     *     threshold is unset for the jurisdiction on the first approval date
     * @throws NullPointerException if {@code input} is null
     */
    public int entitlementMonths(SocialInsuranceSubsidyInput input) {
        Objects.requireNonNull(input, "input");
        return entitlement(input).months;
    }

    private Entitlement entitlement(SocialInsuranceSubsidyInput input) {
        return Entitlement.fix(AREA, duration, threshold, input.jurisdiction(), input.firstApproval(), input.person().birthDate(), input.retirementClass());
    }

    @Override
    public SubsidyDecision calculate(SocialInsuranceSubsidyInput input, boolean explain) {
        return Runs.single(AREA, calculateRuns(input, explain));
    }

    @Override
    public List<SubsidyDecision> calculateRuns(SocialInsuranceSubsidyInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        Entitlement entitlement = entitlement(input);
        List<Ineligibility> preconditions;
        if (input.recognisedAtFirstApproval()) {
            preconditions = entitlement.retiredAtStart ? List.of(RETIRED_AT_FIRST_APPROVAL) : List.of();
        } else {
            preconditions = entitlement.retiredAtStart ? List.of(NOT_RECOGNISED, RETIRED_AT_FIRST_APPROVAL)
                    : List.of(NOT_RECOGNISED);
        }
        List<MonthOutcome> months = preconditions.isEmpty() ? months(input, entitlement, explain) : List.of();
        Runs.Subject subject = new Runs.Subject(input.kind(), input.beneficiary(), input.person(), input.jurisdiction());
        return Runs.decisions(subject, preconditions, months, entitlement.values(),
                explain ? (run, reasons) -> explainRoot(input, entitlement, months, run, reasons) : null);
    }

    private List<MonthOutcome> months(SocialInsuranceSubsidyInput in, Entitlement entitlement, boolean explain) {
        // Months compared as year × 12 + month − 1: no dates built to decide a month's fate.
        long approvalMonth = index(in.firstApproval().getYear(), in.firstApproval().getMonthValue());
        EmployerShare employer = in.isEmployerShape() ? EmployerShare.of(in.employerContributions()) : null;
        DateRange spell = employer != null ? in.hireSpell().orElseThrow() : null;
        Money[][] flexible = employer != null ? null : flexible(in);
        long first = index(in.firstMonth());
        int length = (int) (index(in.lastMonth()) - first + 1);
        List<MonthOutcome> outcomes = length == 1 ? null : new ArrayList<>(length);
        int enjoyed = in.monthsAlreadyEnjoyed();
        YearMonth m = in.firstMonth();
        for (int offset = 0; offset < length; offset++) {
            long month = first + offset;
            MonthOutcome outcome;
            if (month < approvalMonth) {
                outcome = excluded(m, BEFORE_FIRST_APPROVAL, "months before the first approval are not subsidised",
                        List.of(), explain);
            } else if (month >= entitlement.retirementEpochMonth) {
                outcome = excluded(m, RETIREMENT_REACHED, "no subsidy from the statutory retirement month on",
                        List.of(), explain);
            } else if (employer != null && !touches(spell, month)) {
                outcome = excluded(m, OUTSIDE_EMPLOYMENT, "the person was not employed by the unit in the month",
                        List.of(), explain);
            } else {
                outcome = employer != null ? employerMonth(m, in, employer, explain)
                        : flexibleMonth(m, in, flexible[offset], explain);
                if (outcome.isGranted() && enjoyed >= entitlement.months) {
                    outcome = excluded(m, DURATION_EXHAUSTED, "the months of the entitlement are used up",
                            outcome.values(), explain);
                }
            }
            if (outcome.isGranted()) {
                enjoyed++;
            }
            if (outcomes == null) {
                return List.of(outcome);
            }
            outcomes.add(outcome);
            if (offset + 1 < length) {
                m = m.plusMonths(1);
            }
        }
        return outcomes;
    }

    /** Whether the hire spell has a day in {@code month} (an index). */
    private static boolean touches(DateRange spell, long month) {
        LocalDate start = spell.start();
        LocalDate end = spell.end();
        return index(start.getYear(), start.getMonthValue()) <= month && index(end.getYear(), end.getMonthValue()) >= month;
    }

    private MonthOutcome employerMonth(YearMonth m, SocialInsuranceSubsidyInput in, EmployerShare share,
                                       boolean explain) {
        ResolvedValue<Set<String>> coveredValue = employerCovered.resolveMonth(in.jurisdiction(), m);
        Set<InsuranceType> covered = coveredInsurances.of(coveredValue);
        List<AmountComponent> parts = share.coveredParts(m, covered);
        Explanation detail = explain ? share.explain(AREA, m, covered) : null;
        if (parts.isEmpty()) {
            return excluded(m, NO_CONTRIBUTION, "the employer paid nothing for a covered insurance in the month",
                    List.of(coveredValue), detail, explain);
        }
        return MonthOutcome.granted(m, parts, List.of(), List.of(coveredValue),
                explain ? monthNode(m, parts, detail, coveredValue.legalBasis()) : null);
    }

    private MonthOutcome flexibleMonth(YearMonth m, SocialInsuranceSubsidyInput in, Money[] paid, boolean explain) {
        ResolvedValue<String> shape = flexibleShape.resolveMonth(in.jurisdiction(), m);
        // A month's few parts, roundings and values collected in arrays, handed over as immutable lists.
        List<ResolvedValue<?>> valuesRead;
        int paidCount = 0;
        for (int i = 0; paid != null && i < paid.length; i++) {
            if (paid[i] != null && paid[i].isPositive()) {
                paidCount++;
            }
        }
        AmountComponent[] parts = paidCount == 0 ? null : new AmountComponent[paidCount];
        Rounding[] roundings = paidCount == 0 ? null : new Rounding[paidCount];
        int partCount;
        List<Explanation> nodes = explain ? new ArrayList<>(2) : null;
        switch (shape.value()) {
            case CAPPED_SHARE -> {
                ResolvedValue<Ratio> cap = flexibleCapRatio.resolveMonth(in.jurisdiction(), m);
                valuesRead = List.of(shape, cap);
                partCount = 0;
                for (int i = 0; paid != null && i < paid.length; i++) {
                    Money amount = paid[i];
                    if (amount == null || !amount.isPositive()) {
                        continue;
                    }
                    InsuranceType insurance = INSURANCES[i];
                    Rounding r = Rounding.of(LABELS.of(insurance, m), Ratio.of(amount.fen()).times(cap.value()),
                            RoundingMode.HALF_UP);
                    roundings[partCount] = r;
                    parts[partCount++] = new AmountComponent(insurance.code(), r.rounded());
                    if (nodes != null) {
                        nodes.add(Explanation.builder(AREA + ".capped-share")
                                .description("the share of the contribution actually paid")
                                .input("insurance", insurance.code())
                                .input("paid", amount.format())
                                .input("capRatio", cap.value().toString())
                                .value(r.rounded().format())
                                .legalBasis(cap.legalBasis())
                                .build());
                    }
                }
            }
            case RATIO_OF_MINIMUM_BASE -> {
                List<ResolvedValue<?>> read = new ArrayList<>(8);
                read.add(shape);
                partCount = minimumBase(m, in, paid, read, parts, roundings, nodes);
                valuesRead = List.copyOf(read);
            }
            default -> throw new InvalidInputException(new Violation(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE.name(),
                    AREA + ".pack-shape", "the pack names a flexible-employment shape other than "
                            + CAPPED_SHARE + " or " + RATIO_OF_MINIMUM_BASE));
        }
        Explanation detail = null;
        if (explain) {
            detail = Explanation.builder(AREA + ".flexible-shape")
                    .input("shape", shape.value())
                    .input("paid", asMap(paid).toString())
                    .value(shape.value())
                    .legalBasis(shape.legalBasis())
                    .children(nodes)
                    .build();
        }
        if (partCount == 0) {
            return excluded(m, NO_CONTRIBUTION, "the person paid nothing for a covered insurance in the month",
                    valuesRead, detail, explain);
        }
        List<AmountComponent> partList = SmallLists.of(parts, partCount);
        return MonthOutcome.granted(m, partList, SmallLists.of(roundings, partCount), valuesRead,
                explain ? monthNode(m, partList, detail, shape.legalBasis()) : null);
    }

    /** The amounts paid as the map the explanation shows, in insurance order. */
    private static Map<InsuranceType, Money> asMap(Money[] paid) {
        Map<InsuranceType, Money> map = new EnumMap<>(InsuranceType.class);
        for (int i = 0; paid != null && i < paid.length; i++) {
            if (paid[i] != null) {
                map.put(INSURANCES[i], paid[i]);
            }
        }
        return map;
    }

    /**
     * Dalian's shape: per insurance, ratio × base share × average monthly wage × rate, rounded
     * once; never more than the person actually paid for that insurance (an assumption: a
     * subsidy does not exceed the contribution it subsidises).
     */
    private int minimumBase(YearMonth m, SocialInsuranceSubsidyInput in, Money[] paid, List<ResolvedValue<?>> values,
                            AmountComponent[] parts, Rounding[] roundings, List<Explanation> nodes) {
        int count = 0;
        ResolvedValue<Ratio> ratio = minimumBaseRatio.resolveMonth(in.jurisdiction(), m);
        values.add(ratio);
        ResolvedValue<Money> wage = null;
        for (InsuranceType insurance : List.of(InsuranceType.PENSION, InsuranceType.MEDICAL)) {
            Money amount = paid == null ? null : paid[insurance.ordinal()];
            if (amount == null || !amount.isPositive()) {
                continue;
            }
            if (wage == null) {
                wage = averageMonthlyWage.resolveMonth(in.jurisdiction(), m);
                values.add(wage);
            }
            boolean pension = insurance == InsuranceType.PENSION;
            ResolvedValue<Ratio> share = (pension ? pensionBaseShare : medicalBaseShare).resolveMonth(in.jurisdiction(), m);
            ResolvedValue<Ratio> rate = (pension ? pensionRate : medicalRate).resolveMonth(in.jurisdiction(), m);
            values.add(share);
            values.add(rate);
            Ratio exact = Ratio.of(wage.value().fen()).times(share.value()).times(rate.value()).times(ratio.value());
            Rounding r = Rounding.of(LABELS.of(insurance, m), exact, RoundingMode.HALF_UP);
            roundings[count] = r;
            Money granted = Money.min(r.rounded(), amount);
            parts[count++] = new AmountComponent(insurance.code(), granted);
            if (nodes != null) {
                nodes.add(Explanation.builder(AREA + ".minimum-base")
                        .description("ratio of the contribution payable on the minimum base (average monthly wage"
                                + " times the base share, at the rate), at most the amount actually paid")
                        .input("insurance", insurance.code())
                        .input("averageMonthlyWage", wage.value().format())
                        .input("baseShare", share.value().toString())
                        .input("rate", rate.value().toString())
                        .input("ratio", ratio.value().toString())
                        .input("paid", amount.format())
                        .value(granted.format())
                        .legalBasis(ratio.legalBasis())
                        .build());
            }
        }
        if (nodes != null) {
            for (InsuranceType insurance : asMap(paid).keySet()) {
                if (insurance != InsuranceType.PENSION && insurance != InsuranceType.MEDICAL) {
                    nodes.add(Explanation.builder(AREA + ".minimum-base")
                            .description("the minimum-base shape covers pension and medical insurance only")
                            .input("insurance", insurance.code())
                            .outcome(Explanation.Outcome.NOT_APPLICABLE)
                            .build());
                }
            }
        }
        return count;
    }

    /**
     * The contributions paid per month of the period, by offset from its first month and
     * insurance ordinal (null for a month with none); arrays rather than maps, as the months
     * are looked up in order. Contributions outside the period are never looked at.
     */
    private static Money[][] flexible(SocialInsuranceSubsidyInput in) {
        long first = index(in.firstMonth());
        int length = (int) (index(in.lastMonth()) - first + 1);
        Money[][] byOffset = new Money[length][];
        for (FlexibleContribution c : in.flexibleContributions()) {
            long offset = index(c.month()) - first;
            if (offset >= 0 && offset < length) {
                Money[] paid = byOffset[(int) offset];
                if (paid == null) {
                    paid = new Money[INSURANCES.length];
                    byOffset[(int) offset] = paid;
                }
                paid[c.insurance().ordinal()] = c.paid();
            }
        }
        return byOffset;
    }

    private static long index(YearMonth month) {
        return index(month.getYear(), month.getMonthValue());
    }

    private static long index(int year, int month) {
        return year * 12L + month - 1;
    }

    private static MonthOutcome excluded(YearMonth m, String code, String message, List<ResolvedValue<?>> values,
                                         boolean explain) {
        return excluded(m, code, message, values, null, explain);
    }

    private static MonthOutcome excluded(YearMonth m, String code, String message, List<ResolvedValue<?>> values,
                                         Explanation detail, boolean explain) {
        Explanation node = null;
        if (explain) {
            Explanation.Builder b = Explanation.builder(AREA + ".month")
                    .input("month", m.toString())
                    .input("reason", code)
                    .description(message)
                    .outcome(Explanation.Outcome.NOT_SATISFIED);
            if (detail != null) {
                b.child(detail);
            }
            node = b.build();
        }
        return MonthOutcome.excluded(m, code, message, values, node);
    }

    private static Explanation monthNode(YearMonth m, List<AmountComponent> parts, Explanation detail, LegalBasis basis) {
        Money sum = Money.ZERO;
        for (AmountComponent c : parts) {
            sum = sum.plus(c.monthly());
        }
        return Explanation.builder(AREA + ".month")
                .input("month", m.toString())
                .description("granted")
                .value(sum.format())
                .legalBasis(basis)
                .child(detail)
                .build();
    }

    private Explanation explainRoot(SocialInsuranceSubsidyInput in, Entitlement entitlement, List<MonthOutcome> months,
                                    List<MonthOutcome> run, List<Ineligibility> reasons) {
        Explanation.Builder root = Explanation.builder(AREA + "-subsidy")
                .description(in.isEmployerShape()
                        ? "social-insurance subsidy to an employer that hired a recognised person: the employer's"
                                + " contributions actually paid for the covered insurances"
                        : "social-insurance subsidy to a recognised person in flexible employment: the pack's shape"
                                + " applied to the contributions actually paid")
                .input("kind", in.kind().code())
                .input("person", in.person().masked())
                .input("jurisdiction", in.jurisdiction().code())
                .input("firstApproval", in.firstApproval().toString())
                .input("period", in.firstMonth() + "/" + in.lastMonth())
                .input("monthsAlreadyEnjoyed", Integer.toString(in.monthsAlreadyEnjoyed()))
                .legalBasis(entitlement.duration.legalBasis());
        in.hireSpell().ifPresent(s -> root.input("hireSpell", s.toString()));
        Runs.describe(root, run, reasons);
        root.child(Explanation.builder(AREA + ".recognised")
                .description("a recognised person with employment difficulties at first approval, as the host states")
                .input("recognisedAtFirstApproval", Boolean.toString(in.recognisedAtFirstApproval()))
                .satisfied(in.recognisedAtFirstApproval())
                .build());
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
