package org.jobassist.impl.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.Assessments;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.assessment.Outcomes;
import org.jobassist.testkit.assessment.TargetPlans;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class AssessmentPropertiesTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    private static final TargetPlan PLAN = TargetPlans.uniform(2021, 120);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(60);
    }

    private static OutcomeStore filled(Outcomes.Spec spec) {
        OutcomeStore store = InMemoryStores.outcomes();
        spec.forEachBatch(500, batch -> store.recordAll(batch, CountRule.ONCE_PER_PERSON_PER_YEAR));
        return store;
    }

    @Test
    void provinceTotalsAreTheSumOfTheCitiesAndOfTheChannels() {
        qt().forAll(Outcomes.specs(PLAN)).checkAssert(spec -> {
            ProgressReport r = Assessments.progress(PLAN, filled(spec), YearMonth.of(2021, spec.throughMonth()));
            int cities = r.cities().stream().mapToInt(CityProgress::achieved).sum();
            long channels = r.channelShares().stream().mapToLong(Share::count).sum();
            assertEquals(cities, r.province().achieved());
            assertEquals(cities, channels);
            assertEquals(spec.size(), cities);
            assertEquals(PLAN.provinceTarget(), r.province().target());
        });
    }

    @Test
    void completionNeverFallsFromOneMonthToTheNext() {
        qt().forAll(Outcomes.specs(PLAN)).checkAssert(spec -> {
            OutcomeStore store = filled(spec);
            List<ProgressReport> year = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                year.add(Assessments.progress(PLAN, store, YearMonth.of(2021, m)));
            }
            for (int m = 1; m < 12; m++) {
                for (int c = 0; c < 14; c++) {
                    Ratio before = year.get(m - 1).cities().get(c).completion();
                    Ratio after = year.get(m).cities().get(c).completion();
                    assertTrue(before.compareTo(after) <= 0, () -> "completion fell: " + spec);
                }
                assertTrue(year.get(m - 1).province().achieved() <= year.get(m).province().achieved());
            }
        });
    }

    @Test
    void channelSharesSumToExactlyOneHundredPercentOfTheChannelTotal() {
        qt().forAll(Outcomes.specs(PLAN)).checkAssert(spec -> {
            ProgressReport r = Assessments.progress(PLAN, filled(spec), YearMonth.of(2021, 12));
            long total = r.channelShares().stream().mapToLong(Share::count).sum();
            Ratio sum = r.channelShares().stream().map(Share::percent).reduce(Ratio.ZERO, Ratio::plus);
            assertTrue(r.channelShares().stream().allMatch(s -> s.denominator() == total));
            assertEquals(total == 0 ? Ratio.ZERO : Ratio.of(100), sum);
        });
    }

    @Test
    void statusAndMonthsBehindFollowTheLinearScheduleCityByCity() {
        qt().forAll(Outcomes.specs(PLAN)).checkAssert(spec -> {
            int m = spec.throughMonth();
            ProgressReport r = Assessments.progress(PLAN, filled(spec), YearMonth.of(2021, m));
            for (CityProgress line : r.cities()) {
                DivisionCode city = line.division();
                // Independent integer check: behind when 12 * achieved < target * month.
                int run = 0;
                for (int k = 1; k <= m; k++) {
                    run = 12L * spec.cumulativeCount(city, k) < 120L * k ? run + 1 : 0;
                }
                assertEquals(run, line.monthsBehind(), () -> city + " in " + spec);
                assertEquals(run > 0, line.status() == ProgressStatus.BEHIND);
                if (spec.paceOf(city).compareTo(Ratio.ONE) >= 0) {
                    assertTrue(line.status() != ProgressStatus.BEHIND, () -> city + " in " + spec);
                }
            }
            int[] sent = {0};
            assertEquals(r.behind().size(), Assessments.remind(r, reminder -> {
                sent[0]++;
                assertEquals(reminder.monthsBehind() >= PLAN.escalateAfterMonths(), reminder.escalated());
            }));
            assertEquals(r.behind().size(), sent[0]);
        });
    }

    @Test
    void nothingIsSilentlyDroppedWhenBatchesRepeatAndOverlap() {
        qt().forAll(Outcomes.specs(PLAN)).checkAssert(spec -> {
            List<EmploymentOutcome> all = spec.toList();
            RecognitionStore recognitions = InMemoryStores.recognitions();
            // Every third person is not recognised at all.
            List<EmploymentOutcome> recognised = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % 3 != 0) {
                    recognised.add(all.get(i));
                }
            }
            Outcomes.recognitions(recognised).forEach(rec -> recognitions.save(rec, 0));
            OutcomeStore store = InMemoryStores.outcomes();
            List<EmploymentOutcome> batch = new ArrayList<>(all);
            batch.addAll(all.subList(0, all.size() / 2));
            for (int i = 1; i < all.size(); i += 5) {
                EmploymentOutcome o = all.get(i);
                batch.add(EmploymentOutcome.builder().id(o.id() + "-again").person(PersonId.of(o.person().value()))
                        .city(o.city()).date(o.date()).channel(o.channel()).categories(o.categories()).build());
            }
            OutcomeBatchResult result = Assessments.record(PLAN, store, recognitions, batch);
            assertEquals(batch.size(), result.accepted() + result.alreadyRecorded() + result.rejected().size());
            assertEquals(recognised.size(), result.accepted());
            assertEquals(result.accepted(), store.size());
            long rejectedCounted = store.rejections(2021).values().stream().mapToLong(Long::longValue).sum();
            assertEquals(result.rejected().size(), rejectedCounted);
        });
    }
}
