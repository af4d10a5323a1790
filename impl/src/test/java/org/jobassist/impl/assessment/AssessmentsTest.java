package org.jobassist.impl.assessment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.ScheduleCurve;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.assessment.ShareBase;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.Assessments;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.assessment.Outcomes;
import org.jobassist.testkit.assessment.TargetPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentsTest {

    private static final List<DivisionCode> CITIES = Divisions.builtIn().cities().stream().map(Division::code).toList();
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final DivisionCode FUXIN = DivisionCode.of("210900");

    private OutcomeStore store;
    private RecognitionStore recognitions;

    @BeforeEach
    void stores() {
        store = InMemoryStores.outcomes();
        recognitions = InMemoryStores.recognitions();
    }

    private void recognise(String person, LocalDate on) {
        recognitions.save(RecognitionRecord.applied(PersonId.of(person), on.minusDays(10))
                .recognised(on, "liaoning-2021", Set.of("DISABLED"), on.plusYears(1)), 0);
    }

    private static EmploymentOutcome outcome(String id, String person, DivisionCode city, LocalDate date,
            Channel channel, String... categories) {
        return EmploymentOutcome.builder().id(id).person(PersonId.of(person)).city(city).date(date).channel(channel)
                .categories(categories.length == 0 ? new String[] {"DISABLED"} : categories).build();
    }

    private void recordRecognised(TargetPlan plan, List<EmploymentOutcome> outcomes) {
        Outcomes.recognitions(outcomes).forEach(r -> recognitions.save(r, 0));
        OutcomeBatchResult result = Assessments.record(plan, store, recognitions, outcomes);
        assertEquals(outcomes.size(), result.accepted(), () -> result.rejected().toString());
    }

    /** DOMAIN §0 and the assessment contract: the news item's channel figures. */
    @Test
    void newsItemChannelFiguresGiveTwentyPointOneSeventyPointThreeNinePointSixAndThreePointEight() {
        TargetPlan plan = TargetPlans.liaoning2021Illustrative();
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        int[] perChannel = {12_085, 42_217, 5_753};
        int n = 0;
        for (Channel channel : Channel.values()) {
            for (int i = 0; i < perChannel[channel.ordinal()]; i++, n++) {
                // 2,296 zero-employment family members and 3,236 poverty-alleviated workers, across channels.
                String category = n % 26 == 0 && n / 26 < 2_296 ? "ZERO_EMPLOYMENT_FAMILY_MEMBER"
                        : n % 26 == 1 && n / 26 < 3_236 ? "POVERTY_ALLEVIATED_KEY_COUNTY" : "NEAR_RETIREMENT";
                outcomes.add(outcome("news-" + n, "person-" + n, CITIES.get(n % 14),
                        LocalDate.of(2021, 1 + n % 11, 1 + n % 28), channel, category));
            }
        }
        long zef = outcomes.stream().filter(o -> o.categories().contains("ZERO_EMPLOYMENT_FAMILY_MEMBER")).count();
        long poverty = outcomes.stream().filter(o -> o.categories().contains("POVERTY_ALLEVIATED_KEY_COUNTY")).count();
        assertEquals(2_296, zef);
        assertEquals(2_310, poverty);
        recordRecognised(plan, outcomes);

        ProgressReport report = Assessments.progress(plan, store, YearMonth.of(2021, 11));

        List<Share> channels = report.channelShares();
        assertAll(
                () -> assertEquals(List.of("employer", "flexible-or-self-employment", "public-welfare-post"),
                        channels.stream().map(Share::name).toList()),
                () -> assertEquals(List.of(12_085L, 42_217L, 5_753L), channels.stream().map(Share::count).toList()),
                () -> assertEquals(List.of("20.1%", "70.3%", "9.6%"), channels.stream().map(Share::formatted).toList()),
                () -> assertTrue(channels.stream().allMatch(s -> s.denominator() == 60_055
                        && s.denominatorName().equals("channel total"))),
                () -> assertEquals(Ratio.ONE, channels.stream().map(Share::fraction).reduce(Ratio.ZERO, Ratio::plus)),
                () -> assertEquals(TargetPlans.ZERO_EMPLOYMENT_SUBSET, report.subsetShares().get(0).name()),
                () -> assertEquals(2_296, report.subsetShares().get(0).count()),
                () -> assertEquals("3.8%", report.subsetShares().get(0).formatted()),
                () -> assertEquals(Ratio.of(2_296, 60_055), report.subsetShares().get(0).fraction()),
                () -> assertEquals(60_055, report.province().achieved()),
                () -> assertEquals(60_000, report.province().target()),
                () -> assertEquals(55_000, report.province().expectedCount()),
                () -> assertEquals(ProgressStatus.AHEAD, report.province().status()),
                () -> assertEquals(Ratio.of(60_055, 60_000), report.province().completion()),
                () -> assertEquals(TargetPlans.ILLUSTRATIVE_LABEL, report.planLabel()));
    }

    /** DOMAIN §0: 73,000 helped against the 60,000 target by 9 November 2021. */
    @Test
    void seventyThreeThousandAgainstSixtyThousandIsAheadOfSchedule() {
        TargetPlan plan = TargetPlans.liaoning2021Illustrative();
        List<EmploymentOutcome> outcomes = Outcomes.year(2021).pace(Ratio.of(73, 60)).throughMonth(10).toList();
        assertTrue(outcomes.size() < 73_000);
        recordRecognised(plan, outcomes);
        ProgressReport report = Assessments.progress(plan, store, YearMonth.of(2021, 10));
        assertEquals(ProgressStatus.AHEAD, report.province().status());
        assertTrue(report.behind().isEmpty());
        assertEquals(0, Assessments.remind(report, r -> { throw new AssertionError("no reminder expected"); }));
    }

    @Test
    void everyRejectionIsCountedWithItsReasonAndNothingIsDropped() {
        TargetPlan plan = TargetPlans.uniform(2021, 100);
        recognise("ok-1", LocalDate.of(2021, 1, 1));
        recognise("ok-2", LocalDate.of(2021, 1, 1));
        recognise("late", LocalDate.of(2021, 6, 1));
        RecognitionRecord exited = RecognitionRecord.applied(PersonId.of("exited"), LocalDate.of(2020, 1, 1))
                .recognised(LocalDate.of(2020, 2, 1), "liaoning-2021", Set.of("DISABLED"), LocalDate.of(2021, 2, 1))
                .exited(LocalDate.of(2021, 1, 31), ExitReason.values()[0]);
        recognitions.save(exited, 0);
        List<EmploymentOutcome> batch = List.of(
                outcome("a", "ok-1", SHENYANG, LocalDate.of(2021, 3, 1), Channel.EMPLOYER),
                outcome("b", "ok-1", SHENYANG, LocalDate.of(2021, 4, 1), Channel.EMPLOYER),
                outcome("a", "ok-2", SHENYANG, LocalDate.of(2021, 3, 1), Channel.EMPLOYER),
                outcome("c", "nobody-known", SHENYANG, LocalDate.of(2021, 3, 1), Channel.EMPLOYER),
                outcome("d", "late", SHENYANG, LocalDate.of(2021, 5, 31), Channel.EMPLOYER),
                outcome("e", "exited", SHENYANG, LocalDate.of(2021, 2, 1), Channel.EMPLOYER),
                outcome("f", "ok-2", SHENYANG, LocalDate.of(2022, 1, 1), Channel.EMPLOYER),
                outcome("g", "ok-2", SHENYANG, LocalDate.of(2021, 7, 1), Channel.EMPLOYER));
        OutcomeBatchResult result = Assessments.record(plan, store, recognitions, batch);
        assertAll(
                () -> assertEquals(2, result.accepted()),
                () -> assertEquals(0, result.alreadyRecorded()),
                () -> assertEquals(batch.size(), result.total()),
                () -> assertEquals(List.of(1, 2, 3, 4, 5, 6), result.rejected().stream().map(r -> r.index()).toList()),
                () -> assertEquals(Map.of("outcome.duplicate-in-year", 1, "outcome.duplicate-id", 1,
                        "outcome.not-recognised", 3, "outcome.outside-plan-year", 1), result.rejectedByReason()),
                () -> assertTrue(result.rejected().stream().flatMap(r -> r.violations().stream())
                        .noneMatch(v -> v.message().contains("nobody-known") || v.message().contains("ok-1"))));
        OutcomeBatchResult replay = Assessments.record(plan, store, recognitions, batch.subList(0, 1));
        assertEquals(1, replay.alreadyRecorded());
        assertEquals(Map.of("outcome.duplicate-in-year", 1L, "outcome.duplicate-id", 1L,
                "outcome.not-recognised", 3L, "outcome.outside-plan-year", 1L),
                Assessments.progress(plan, store, YearMonth.of(2021, 12)).rejectedByReason());
    }

    @Test
    void aNullOutcomeIsBadInputAndNothingIsRecorded() {
        recognise("ok-1", LocalDate.of(2021, 1, 1));
        List<EmploymentOutcome> batch = Arrays.asList(
                outcome("a", "ok-1", SHENYANG, LocalDate.of(2021, 3, 1), Channel.EMPLOYER), null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Assessments.record(TargetPlans.uniform(2021, 1), store, recognitions, batch));
        assertEquals("store.null-item", e.code());
        assertEquals(0, store.size());
    }

    @Test
    void monthOutsideThePlanYearIsBadInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Assessments.progress(TargetPlans.uniform(2021, 1), store, YearMonth.of(2022, 1)));
        assertEquals("progress.month-outside-plan-year", e.code());
    }

    @Test
    void expectedCountRoundsUpAndStatusFollowsTheTolerance() {
        // 100 a year: 8 1/3 expected in January, so 8 is behind (gap -1) and 9 on schedule.
        TargetPlan strict = TargetPlans.uniform(2021, 100);
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(outcome("s" + i, "s" + i, SHENYANG, LocalDate.of(2021, 1, 10), Channel.EMPLOYER));
        }
        for (int i = 0; i < 9; i++) {
            outcomes.add(outcome("d" + i, "d" + i, DivisionCode.of("210200"), LocalDate.of(2021, 1, 10),
                    Channel.EMPLOYER));
        }
        for (int i = 0; i < 19; i++) {
            outcomes.add(outcome("a" + i, "a" + i, DivisionCode.of("210300"), LocalDate.of(2021, 1, 10),
                    Channel.EMPLOYER));
        }
        recordRecognised(strict, outcomes);
        ProgressReport report = Assessments.progress(strict, store, YearMonth.of(2021, 1));
        CityProgress shenyang = report.cities().get(0);
        CityProgress dalian = report.cities().get(1);
        CityProgress anshan = report.cities().get(2);
        assertAll(
                () -> assertEquals(SHENYANG, shenyang.division()),
                () -> assertEquals(9, shenyang.expectedCount()),
                () -> assertEquals(Ratio.of(1, 12), shenyang.expected()),
                () -> assertEquals(-1, shenyang.gap()),
                () -> assertEquals(ProgressStatus.BEHIND, shenyang.status()),
                () -> assertEquals(Ratio.of(8, 100), shenyang.completion()),
                () -> assertEquals(ProgressStatus.AHEAD, dalian.status()),
                () -> assertEquals(0, dalian.gap()),
                () -> assertEquals(ProgressStatus.AHEAD, anshan.status()),
                () -> assertEquals(ProgressStatus.BEHIND, report.cities().get(3).status()));
        // Tolerance 10% of 100 = 10: behind below -1 2/3, ahead above 18 1/3.
        TargetPlan tolerant = planLike(strict).tolerance(Ratio.of(1, 10)).build();
        ProgressReport lenient = Assessments.progress(tolerant, store, YearMonth.of(2021, 1));
        assertAll(
                () -> assertEquals(ProgressStatus.ON_SCHEDULE, lenient.cities().get(0).status()),
                () -> assertEquals(ProgressStatus.ON_SCHEDULE, lenient.cities().get(1).status()),
                () -> assertEquals(ProgressStatus.AHEAD, lenient.cities().get(2).status()),
                () -> assertEquals(0, lenient.cities().get(0).monthsBehind()),
                () -> assertEquals(ProgressStatus.ON_SCHEDULE, lenient.cities().get(3).status()));
    }

    private static TargetPlan.Builder planLike(TargetPlan plan) {
        TargetPlan.Builder b = TargetPlan.builder(plan.year()).provinceTarget(plan.provinceTarget())
                .cityTargets(plan.cityTargets()).label(plan.label()).countRule(plan.countRule());
        plan.subsets().forEach(b::subset);
        return b;
    }

    @Test
    void consecutiveMonthsBehindAreCountedBackAndRemindersEscalate() {
        // Fuxin at 70% pace is behind from January; everyone else at pace 1 never is.
        Outcomes.Spec spec = Outcomes.year(2021).lagging(Set.of(FUXIN), Ratio.of(7, 10)).throughMonth(4);
        TargetPlan plan = spec.plan();
        recordRecognised(plan, spec.toList());
        List<Reminder> sent = new ArrayList<>();
        ProgressReport march = Assessments.progress(plan, store, YearMonth.of(2021, 3));
        ProgressReport april = Assessments.progress(plan, store, YearMonth.of(2021, 4));
        assertEquals(List.of(FUXIN), march.behind().stream().map(CityProgress::division).toList());
        assertEquals(3, march.behind().get(0).monthsBehind());
        assertEquals(4, april.behind().get(0).monthsBehind());
        assertEquals(1, Assessments.remind(march, sent::add));
        assertEquals(new Reminder(FUXIN, YearMonth.of(2021, 3), ProgressStatus.BEHIND, march.behind().get(0).gap(), 3,
                true), sent.get(0));
        TargetPlan patient = planLike(plan).escalateAfterMonths(4).build();
        ProgressReport marchPatient = Assessments.progress(patient, store, YearMonth.of(2021, 3));
        sent.clear();
        Assessments.remind(marchPatient, sent::add);
        assertFalse(sent.get(0).escalated());
        assertTrue(sent.get(0).gap() < 0);
        assertTrue(april.cities().stream().filter(c -> !c.division().equals(FUXIN)).noneMatch(CityProgress::isBehind));
    }

    @Test
    void aCityBackOnScheduleStartsCountingAgain() {
        TargetPlan plan = TargetPlans.uniform(2021, 120);
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        // Shenyang: nothing in January (behind), 25 in February (25 > 20: ahead), nothing in March
        // and April (25 < 30, 25 < 40: behind two months).
        for (int i = 0; i < 25; i++) {
            outcomes.add(outcome("s" + i, "s" + i, SHENYANG, LocalDate.of(2021, 2, 1 + i % 28), Channel.EMPLOYER));
        }
        recordRecognised(plan, outcomes);
        ProgressReport jan = Assessments.progress(plan, store, YearMonth.of(2021, 1));
        ProgressReport feb = Assessments.progress(plan, store, YearMonth.of(2021, 2));
        ProgressReport apr = Assessments.progress(plan, store, YearMonth.of(2021, 4));
        assertAll(() -> assertEquals(1, jan.cities().get(0).monthsBehind()),
                () -> assertEquals(ProgressStatus.AHEAD, feb.cities().get(0).status()),
                () -> assertEquals(0, feb.cities().get(0).monthsBehind()),
                () -> assertEquals(2, apr.cities().get(0).monthsBehind()),
                () -> assertEquals(4, apr.cities().get(1).monthsBehind()),
                () -> assertEquals(-15, apr.cities().get(0).gap()));
    }

    @Test
    void aCustomCurveAndTargetBaseAreUsed() {
        List<Ratio> curve = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            curve.add(m < 12 ? Ratio.of(m, 24) : Ratio.ONE);
        }
        TargetPlan.Builder b = TargetPlan.builder(2021).label("back-loaded").provinceTarget(2_400)
                .curve(ScheduleCurve.of(curve)).channelShareBase(ShareBase.PROVINCE_TARGET);
        CITIES.forEach(c -> b.cityTarget(c, c.equals(SHENYANG) ? 0 : 240));
        TargetPlan plan = b.build();
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(outcome("d" + i, "d" + i, DivisionCode.of("210200"), LocalDate.of(2021, 1, 5),
                    Channel.PUBLIC_WELFARE_POST));
        }
        recordRecognised(plan, outcomes);
        ProgressReport report = Assessments.progress(plan, store, YearMonth.of(2021, 1));
        assertAll(() -> assertEquals(10, report.cities().get(1).expectedCount()),
                () -> assertEquals(ProgressStatus.ON_SCHEDULE, report.cities().get(1).status()),
                () -> assertEquals(Ratio.ONE, report.cities().get(0).completion()),
                () -> assertEquals(ProgressStatus.ON_SCHEDULE, report.cities().get(0).status()),
                () -> assertEquals("province target", report.channelShares().get(2).denominatorName()),
                () -> assertEquals(2_400, report.channelShares().get(2).denominator()),
                () -> assertEquals(Ratio.of(10, 2_400), report.channelShares().get(2).fraction()),
                () -> assertFalse(plan.citiesSumToProvince()));
    }
}
