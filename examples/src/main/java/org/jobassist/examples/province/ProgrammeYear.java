package org.jobassist.examples.province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.RejectedOutcome;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.AssessmentIndicators;
import org.jobassist.impl.Assessments;
import org.jobassist.impl.CrossChecks;
import org.jobassist.impl.KinshipServices;
import org.jobassist.impl.Recognitions;
import org.jobassist.impl.Subsidies;
import org.jobassist.impl.SubsidyGrants;
import org.jobassist.impl.ZeroEmploymentFamilies;
import org.jobassist.testkit.assessment.TargetPlans;

/**
 * A programme year (2021) for a province's population, month by month, on a {@link StoreSet}.
 *
 * <p>The year opens on 1 January with a recognition of everyone. Then, each month:
 * <ol>
 *   <li>the month's employment outcomes are recorded towards the plan (the given ones dated in
 *       the month, or drawn: each person recognised and not yet placed is placed with a fixed
 *       chance a month, decided by a hash of the seed, the person and the month; a day from
 *       their recognition to the month end; 20% with an employer, 70% flexible, 10% on a public
 *       welfare post). A placed person's recognition ends ({@code employed}), and their
 *       household's open zero-employment case is cleared;</li>
 *   <li>recognition as of the month end: new recognitions are recorded, and recognitions of
 *       people no longer eligible end ({@code no-longer-eligible});</li>
 *   <li>zero-employment identification as of the month end, once a year a household;</li>
 *   <li>subsidies granted into the ledger: each open public welfare post placement's month,
 *       and the month's twelfth of the enterprises' work-for-training and refund cases;</li>
 *   <li>the progress report of the 14 cities with the indicators, and reminders;</li>
 *   <li>the cross-check as of the month end over the year's payments so far.</li>
 * </ol>
 * After December the enterprise cases are granted again, which must record nothing.
 *
 * <p>The plan is illustrative: each city's target is {@value #TARGET_PERCENT}% of its people
 * (at least 1). Drawn outcomes slow to a third of the pace in Fuxin and Chaoyang from June,
 * so that reminders and escalations show.
 *
 * <p>Not thread-safe: one instance runs one year.
 */
public final class ProgrammeYear {

    /** The programme year. */
    public static final int YEAR = 2021;
    /** The day the year opens with a recognition of everyone. */
    public static final LocalDate OPENING = LocalDate.of(YEAR, 1, 1);
    /** Each city's target, in per cent of its people. */
    public static final int TARGET_PERCENT = 26;
    /** Drawn placements a month, per mille of the people recognised and not yet placed. */
    static final int PLACED_PER_MILLE = 60;
    /** The same in the lagging cities from {@link #LAGGING_FROM}. */
    static final int LAGGING_PLACED_PER_MILLE = 23;
    /** The month from which the lagging cities slow down. */
    static final int LAGGING_FROM = 6;
    /** Fuxin and Chaoyang. */
    static final Set<DivisionCode> LAGGING = Set.of(DivisionCode.of("210900"), DivisionCode.of("211300"));
    /** The plan's label. */
    public static final String LABEL = "illustrative: each city's target is " + TARGET_PERCENT + "% of its people";

    private final Population population;
    private final PolicyPack pack;
    private final Consumer<MonthLine> progress;

    private final PersonStore people;
    private final HouseholdStore households;
    private final Registries registries;
    private final RecognitionStore recognitions;
    private final OutcomeStore outcomes;
    private final ZeroEmploymentCaseStore cases;
    private final EntitlementLedger ledger;
    private final SubsidyGrants grants;
    private final RecognitionService recognition;
    private final ZeroEmploymentTest zeroEmployment;
    private final CrossCheck crossCheck;
    private final TargetPlan plan;

    private final Map<PersonId, RecognitionRecord> records = new HashMap<>();
    private final Map<PersonId, HouseholdId> householdOf = new HashMap<>();
    private final Map<HouseholdId, ZeroEmploymentCase> casesByHousehold = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<String, PersonRecord> byId = new HashMap<>();
    private final List<GrantRequest> enterpriseRequests = new ArrayList<>();
    private final List<MonthLine> lines = new ArrayList<>();
    private long subsidyEntriesRefused;

    /** A placement on a public welfare post, subsidised month by month. */
    private record Placement(String outcomeId, PersonRecord person, UnifiedSocialCreditCode employer,
                             LocalDate start) {}

    private ProgrammeYear(Population population, StoreSet stores, PolicyPack pack, Consumer<MonthLine> progress) {
        this.population = population;
        this.pack = pack;
        this.progress = progress;
        people = stores.people();
        households = stores.households();
        registries = stores.registries();
        recognitions = stores.recognitions();
        outcomes = stores.outcomes();
        cases = stores.zeroEmploymentCases();
        ledger = stores.ledger(LedgerRules.of(pack, DivisionCode.LIAONING, OPENING));
        grants = SubsidyGrants.of(ledger, pack);
        KinshipStore kinship = stores.kinship();
        load(kinship);
        KinshipService family = KinshipServices.of(kinship.snapshot());
        zeroEmployment = ZeroEmploymentFamilies.test(pack, family);
        recognition = Recognitions.service(pack, registries, households, zeroEmployment);
        crossCheck = CrossChecks.crossCheck(recognitions, people, registries, pack.categoryCatalogues(),
                List.of(ledger));
        plan = plan(population.people());
    }

    /**
     * Runs the year.
     *
     * @param population the population
     * @param stores where everything is stored
     * @param pack the policy pack, such as {@code PolicyPacks.liaoning()}
     * @param progress receives each month's line as the month ends
     * @return the year's result
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    public static YearResult run(Population population, StoreSet stores, PolicyPack pack,
                                 Consumer<MonthLine> progress) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(progress, "progress");
        return new ProgrammeYear(population, stores, pack, progress).run();
    }

    /**
     * The plan: each city's target {@value #TARGET_PERCENT}% of its people, rounded up, at
     * least 1; the province's the sum.
     *
     * @param persons the people
     * @return the plan
     */
    static TargetPlan plan(List<PersonRecord> persons) {
        Map<DivisionCode, Integer> count = new LinkedHashMap<>();
        for (var city : Divisions.builtIn().cities()) {
            count.put(city.code(), 0);
        }
        for (PersonRecord p : persons) {
            count.merge(cityOf(p.residence()), 1, Integer::sum);
        }
        Map<DivisionCode, Integer> targets = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<DivisionCode, Integer> e : count.entrySet()) {
            int target = Math.max(1, (e.getValue() * TARGET_PERCENT + 99) / 100);
            targets.put(e.getKey(), target);
            total += target;
        }
        return TargetPlan.builder(YEAR).province(DivisionCode.LIAONING).provinceTarget(total).cityTargets(targets)
                .label(LABEL).subset(TargetPlans.ZERO_EMPLOYMENT_FAMILY_MEMBERS).subset(TargetPlans.POVERTY_ALLEVIATED)
                .build();
    }

    /**
     * The city of a county, or the city itself.
     *
     * @param division a county or city code
     * @return the city
     */
    static DivisionCode cityOf(DivisionCode division) {
        DivisionCode d = division;
        while (d.parent().isPresent() && !d.parent().get().equals(DivisionCode.LIAONING)) {
            d = d.parent().get();
        }
        return d;
    }

    private void load(KinshipStore kinship) {
        people.saveAll(population.people());
        households.saveAll(population.households());
        if (population.relations().size() > 0) {
            kinship.apply(population.relations());
        }
        Map<org.jobassist.api.person.RegistrySource, List<Evidence>> bySource = new LinkedHashMap<>();
        for (Evidence e : population.evidence()) {
            bySource.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e);
        }
        for (List<Evidence> batch : bySource.values()) {
            registries.registryFor(batch.get(0).flag()).recordAll(batch);
        }
        List<ContributionHistory> histories = population.contributions();
        if (!histories.isEmpty()) {
            registries.socialInsurance().recordAll(histories);
        }
        for (PersonRecord p : population.people()) {
            byId.put(p.id().value(), p);
            p.household().ifPresent(h -> householdOf.put(p.id(), h));
        }
        for (HouseholdRegister h : population.households()) {
            for (var m : h.members()) {
                householdOf.putIfAbsent(m.id(), h.id());
            }
        }
        SubsidyCalculator<org.jobassist.api.subsidy.WorkForTrainingInput> training = Subsidies.workForTraining(pack);
        for (int i = 0; i < population.training().size(); i++) {
            enterpriseRequests.add(GrantRequest.of(training.calculate(population.training().get(i), false), "WFT-" + i,
                    grantDay(i), OptionalInt.empty()));
        }
        SubsidyCalculator<org.jobassist.api.subsidy.JobStabilisationRefundInput> refund =
                Subsidies.jobStabilisationRefund(pack);
        for (int i = 0; i < population.refunds().size(); i++) {
            enterpriseRequests.add(GrantRequest.of(refund.calculate(population.refunds().get(i), false), "JSR-" + i,
                    grantDay(i), OptionalInt.empty()));
        }
    }

    /** Enterprise case {@code i} is granted at the end of month {@code i mod 12 + 1}. */
    private static LocalDate grantDay(int i) {
        return YearMonth.of(YEAR, i % 12 + 1).atEndOfMonth();
    }

    private YearResult run() {
        long opened = recognise(OPENING)[0];
        ProgressReport report = null;
        List<Reminder> reminders = new ArrayList<>();
        CrossCheckReport checked = null;
        int achieved = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            LocalDate end = month.atEndOfMonth();
            List<EmploymentOutcome> batch = outcomesOf(month);
            OutcomeBatchResult recorded = Assessments.record(plan, outcomes, recognitions, batch);
            int cleared = placed(batch, recorded);
            long[] changes = recognise(end);
            identifyZeroEmployment(end);
            Money[] amount = {Money.ZERO};
            long entries = grantSubsidies(month, end, amount);
            report = Assessments.progress(plan, outcomes, month)
                    .withIndicators(AssessmentIndicators.of(pack, cases, ledger, end, DateRange.of(OPENING, end)));
            reminders = new ArrayList<>();
            Assessments.remind(report, reminders::add);
            checked = crossCheck.run(CrossCheckRequest.full(end, DateRange.of(OPENING, end)));
            achieved += recorded.accepted();
            int open = 0;
            for (ZeroEmploymentCase c : casesByHousehold.values()) {
                open += c.isClearedOn(end) ? 0 : 1;
            }
            MonthLine line = new MonthLine(month, recognisedCount(end), m == 1 ? opened + changes[0] : changes[0],
                    changes[1], recorded.accepted(), recorded.rejected().size(), achieved, open, cleared, entries,
                    amount[0], report.province().completion(), report.province().expected(), report.behind().size(),
                    reminders.size(), (int) reminders.stream().filter(Reminder::escalated).count(), checked.total());
            lines.add(line);
            progress.accept(line);
        }
        GrantBatchResult again = grants.grantAll(enterpriseRequests, GrantMode.PER_CASE);
        return new YearResult(population.toString(), plan, lines, report, reminders, checked,
                enterpriseRequests.size(), again, placements.size(), subsidyEntriesRefused);
    }

    private long recognisedCount(LocalDate day) {
        long n = 0;
        for (RecognitionRecord r : records.values()) {
            n += r.isRecognisedOn(day) ? 1 : 0;
        }
        return n;
    }

    /** Recognition as of {@code day}: returns {new recognitions, ended recognitions}. */
    private long[] recognise(LocalDate day) {
        List<Recognition> made = new ArrayList<>(population.people().size());
        recognition.recogniseAll(population.people(), day, false, made::add);
        long added = 0;
        long ended = 0;
        for (Recognition r : made) {
            RecognitionRecord stored = records.get(r.person());
            if (stored == null && r.isRecognised()) {
                RecognitionRecord record = RecognitionRecord.applied(r.person(), day)
                        .recognised(day, r.catalogueVersion(), r.categoryCodes(), day.plusYears(1));
                records.put(r.person(), recognitions.save(record, 0L));
                added++;
            } else if (stored != null && stored.status() == RecognitionStatus.RECOGNISED && !r.isRecognised()) {
                records.put(r.person(), recognitions.save(stored.exited(day, ExitReason.NO_LONGER_ELIGIBLE),
                        stored.version()));
                ended++;
            }
        }
        return new long[] {added, ended};
    }

    private List<EmploymentOutcome> outcomesOf(YearMonth month) {
        if (population.outcomes().isPresent()) {
            List<EmploymentOutcome> given = new ArrayList<>();
            for (EmploymentOutcome o : population.outcomes().get()) {
                if (YearMonth.from(o.date()).equals(month)) {
                    given.add(withCategories(o));
                }
            }
            return given;
        }
        return drawOutcomes(month);
    }

    /** A given outcome carries the categories its person is recognised in that day, if any. */
    private EmploymentOutcome withCategories(EmploymentOutcome o) {
        RecognitionRecord r = records.get(o.person());
        if (r == null || !r.isRecognisedOn(o.date()) || !o.categories().isEmpty()) {
            return o;
        }
        return EmploymentOutcome.builder().id(o.id()).person(o.person()).city(o.city()).date(o.date())
                .channel(o.channel()).categories(Set.copyOf(r.categories())).build();
    }

    private List<EmploymentOutcome> drawOutcomes(YearMonth month) {
        List<EmploymentOutcome> drawn = new ArrayList<>();
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        for (PersonRecord p : population.people()) {
            RecognitionRecord r = records.get(p.id());
            if (r == null || r.status() != RecognitionStatus.RECOGNISED || r.recognisedOn().isEmpty()
                    || r.recognisedOn().get().isAfter(end)) {
                continue;
            }
            DivisionCode city = cityOf(p.residence());
            int rate = LAGGING.contains(city) && month.getMonthValue() >= LAGGING_FROM
                    ? LAGGING_PLACED_PER_MILLE : PLACED_PER_MILLE;
            long h = mix(population.seed(), p.id().value().hashCode(), month.getMonthValue());
            if (Math.floorMod(h, 1000) >= rate) {
                continue;
            }
            LocalDate from = r.recognisedOn().get().isAfter(first) ? r.recognisedOn().get() : first;
            long span = ChronoUnit.DAYS.between(from, end) + 1;
            LocalDate day = from.plusDays(Math.floorMod(h >>> 10, span));
            int k = Math.floorMod(h >>> 24, 1000);
            Channel channel = k < 201 ? Channel.EMPLOYER : k < 904 ? Channel.FLEXIBLE_OR_SELF_EMPLOYMENT
                    : Channel.PUBLIC_WELFARE_POST;
            drawn.add(EmploymentOutcome.builder().id("O-" + p.id().value()).person(p.id()).city(city).date(day)
                    .channel(channel).categories(Set.copyOf(r.categories())).build());
        }
        return drawn;
    }

    /** SplitMix64 over the three inputs: a fixed, well-spread function of them. */
    static long mix(long seed, long a, long b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a * 31 + b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Ends the placed people's recognitions, clears their households' cases, opens posts. */
    private int placed(List<EmploymentOutcome> batch, OutcomeBatchResult recorded) {
        Set<String> refused = new HashSet<>();
        for (RejectedOutcome r : recorded.rejected()) {
            refused.add(r.id());
        }
        int cleared = 0;
        for (EmploymentOutcome o : batch) {
            if (refused.contains(o.id())) {
                continue;
            }
            RecognitionRecord r = records.get(o.person());
            if (r != null && r.status() == RecognitionStatus.RECOGNISED) {
                records.put(o.person(), recognitions.save(r.exited(o.date(), ExitReason.EMPLOYED), r.version()));
            }
            HouseholdId household = householdOf.get(o.person());
            ZeroEmploymentCase open = household == null ? null : casesByHousehold.get(household);
            if (open != null && open.clearedDate().isEmpty() && !o.date().isBefore(open.identifiedDate())) {
                ZeroEmploymentCase done = open.clearedBy(o.person(), o.date());
                cases.save(done);
                casesByHousehold.put(household, done);
                cleared++;
            }
            PersonRecord person = byId.get(o.person().value());
            if (o.channel() == Channel.PUBLIC_WELFARE_POST && person != null) {
                UnifiedSocialCreditCode employer = population.postEmployers().get(o.id());
                if (employer == null && !population.employers().isEmpty()) {
                    employer = population.employers().get(Math.floorMod(o.id().hashCode(),
                            population.employers().size()));
                }
                if (employer != null) {
                    placements.add(new Placement(o.id(), person, employer, o.date()));
                }
            }
        }
        return cleared;
    }

    private void identifyZeroEmployment(LocalDate end) {
        List<ZeroEmploymentCase> found = new ArrayList<>();
        for (HouseholdRegister h : population.households()) {
            if (!casesByHousehold.containsKey(h.id()) && isZeroEmployment(h, end)) {
                ZeroEmploymentCase c = ZeroEmploymentCase.identified(h.id(), cityOf(h.division()), end);
                casesByHousehold.put(h.id(), c);
                found.add(c);
            }
        }
        if (!found.isEmpty()) {
            cases.saveAll(found);
        }
    }

    private boolean isZeroEmployment(HouseholdRegister h, LocalDate end) {
        try {
            return zeroEmployment.isZeroEmployment(h, end);
        } catch (InvalidInputException e) {
            // A register the test cannot assess that day (a member not yet born): not identified.
            return false;
        }
    }

    private long grantSubsidies(YearMonth month, LocalDate end, Money[] amount) {
        long entries = 0;
        for (Placement p : placements) {
            if (YearMonth.from(p.start()).isAfter(month)) {
                continue;
            }
            try {
                PublicWelfarePostInput input = PublicWelfarePostInput.builder().employer(p.employer())
                        .person(p.person().idNumber()).retirementClass(p.person().retirementClass())
                        .jurisdiction(p.person().residence()).recognised(true)
                        .placement(DateRange.startingOn(p.start())).month(month).build();
                GrantResult r = grants.grantPublicWelfarePost(input, "PWP-" + p.outcomeId(), end);
                for (LedgerEntry e : r.entries()) {
                    amount[0] = amount[0].plus(e.amount());
                }
                entries += r.created();
            } catch (InvalidInputException | PolicyValueUnavailableException e) {
                // Refused (a cap reached, or no minimum wage in the pack for the county): counted, not fatal.
                subsidyEntriesRefused++;
            }
        }
        List<GrantRequest> due = new ArrayList<>();
        for (GrantRequest r : enterpriseRequests) {
            if (r.grantedOn().equals(end)) {
                due.add(r);
            }
        }
        if (!due.isEmpty()) {
            GrantBatchResult r = grants.grantAll(due, GrantMode.PER_CASE);
            entries += r.entriesRecorded();
            amount[0] = amount[0].plus(r.amountRecorded());
            subsidyEntriesRefused += r.rejected();
        }
        return entries;
    }
}
