package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.EmployerContribution;
import org.jobassist.api.subsidy.FlexibleContribution;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.subsidy.SubsidyCases;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The laws of the two calculators on generated cases near their thresholds: no amount is
 * negative or above its cap, a subsidy stops at its duration or at retirement, the fast path
 * equals the explained one, and the runs partition the granted months.
 */
class SubsidyPropertiesTest {

    static final MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> SI = Subsidies.socialInsurance(PolicyPacks.liaoning());
    static final MonthlySubsidyCalculator<PublicWelfarePostInput> PWP = Subsidies.publicWelfarePost(PolicyPacks.liaoning());
    static final Set<String> EMPLOYER_COVERED = Set.of("pension", "medical", "unemployment");
    static final YearMonth TIER_CHANGE = YearMonth.of(2021, 11);

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(500);
    }

    @SafeVarargs
    static Gen<SocialInsuranceSubsidyInput> anyOf(Gen<SocialInsuranceSubsidyInput>... gens) {
        return in -> gens[(int) in.next(org.quicktheories.impl.Constraint.between(0, gens.length - 1))].generate(in);
    }

    static final Gen<SocialInsuranceSubsidyInput> SI_CASES = anyOf(SubsidyCases.socialInsurance(),
            SubsidyCases.socialInsuranceNearRetirement(), SubsidyCases.socialInsuranceNear36thMonth());

    static List<YearMonth> granted(List<SubsidyDecision> runs) {
        List<YearMonth> all = new ArrayList<>();
        runs.forEach(d -> all.addAll(d.months()));
        return all;
    }

    static void runsPartitionTheGrantedMonths(List<SubsidyDecision> runs) {
        List<YearMonth> all = granted(runs);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).isBefore(all.get(i)), "runs are in order and disjoint");
        }
        if (runs.size() > 1) {
            runs.forEach(d -> assertTrue(d.isEligible(), "only a single decision may be ineligible"));
        }
        for (SubsidyDecision d : runs) {
            Money sum = Money.ZERO;
            for (AmountComponent c : d.components()) {
                assertFalse(c.monthly().isNegative());
                sum = sum.plus(c.monthly());
            }
            assertEquals(sum.times(d.months().size()), d.total());
            assertFalse(d.total().isNegative());
        }
    }

    /** The months the law allows from the start, worked out here from the retirement date alone. */
    static long entitlement(LocalDate start, LocalDate retirement, YearMonth retirementMonth) {
        long toRetirement = Math.max(0, ChronoUnit.MONTHS.between(YearMonth.from(start), retirementMonth));
        boolean extended = start.isAfter(retirement.minusYears(5));
        return extended ? toRetirement : Math.min(36, toRetirement);
    }

    @Test
    void socialInsuranceFastPathEqualsTheExplainedDecisionWithoutItsExplanation() {
        qt().forAll(SI_CASES).checkAssert(in -> {
            List<SubsidyDecision> explained = SI.calculateRuns(in, true);
            assertEquals(explained.stream().map(SubsidyDecision::withoutExplanation).toList(), SI.calculateRuns(in, false));
            explained.forEach(d -> assertTrue(d.explanation().isPresent()));
            if (explained.size() == 1) {
                assertEquals(SI.calculate(in, true).withoutExplanation(), SI.calculate(in, false));
            }
        });
    }

    @Test
    void socialInsuranceIsNeverNegativeNorAboveTheEmployersPaidShareOrTwoThirdsOfWhatWasPaid() {
        qt().forAll(SI_CASES).checkAssert(in -> {
            List<SubsidyDecision> runs = SI.calculateRuns(in, false);
            runsPartitionTheGrantedMonths(runs);
            for (SubsidyDecision d : runs) {
                for (YearMonth m : d.months()) {
                    for (AmountComponent c : d.components()) {
                        if (in.isEmployerShape()) {
                            assertTrue(EMPLOYER_COVERED.contains(c.name()), c.name());
                            EmployerContribution paid = in.employerContributions().stream()
                                    .filter(x -> x.month().equals(m) && x.insurance().code().equals(c.name()))
                                    .findFirst().orElseThrow();
                            assertEquals(paid.employerPaid(), c.monthly(), "exactly the employer's paid share");
                        } else {
                            FlexibleContribution paid = in.flexibleContributions().stream()
                                    .filter(x -> x.month().equals(m) && x.insurance().code().equals(c.name()))
                                    .findFirst().orElseThrow();
                            long cap = BigDecimal.valueOf(paid.paid().fen()).multiply(BigDecimal.valueOf(2))
                                    .divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_UP).longValueExact();
                            assertTrue(c.monthly().fen() <= cap, "at most 2/3 of what was paid");
                            assertTrue(c.monthly().isPositive());
                        }
                    }
                }
            }
        });
    }

    @Test
    void socialInsuranceStopsAtItsDurationOrAtRetirement() {
        qt().forAll(SI_CASES).checkAssert(in -> {
            List<YearMonth> granted = granted(SI.calculateRuns(in, false));
            LocalDate birth = in.person().birthDate();
            LocalDate retirement = StatutoryRetirement.retirementDate(birth, in.retirementClass(), in.firstApproval());
            YearMonth retirementMonth = YearMonth.from(retirement);
            long allowed = entitlement(in.firstApproval(), retirement, retirementMonth);
            assertTrue(granted.size() + (long) in.monthsAlreadyEnjoyed() <= Math.max(allowed, in.monthsAlreadyEnjoyed()),
                    "granted " + granted.size() + " + enjoyed " + in.monthsAlreadyEnjoyed() + " within " + allowed);
            if (!in.firstApproval().isAfter(retirement.minusYears(5))) {
                assertTrue(granted.size() + (long) in.monthsAlreadyEnjoyed() <= Math.max(36, in.monthsAlreadyEnjoyed()));
            }
            for (YearMonth m : granted) {
                assertTrue(m.isBefore(retirementMonth), "never from the retirement month on");
                assertFalse(m.isBefore(YearMonth.from(in.firstApproval())), "never before the first approval");
            }
            if (!in.recognisedAtFirstApproval()) {
                assertTrue(granted.isEmpty());
            }
        });
    }

    @Test
    void publicWelfarePostFastPathEqualsTheExplainedDecisionWithoutItsExplanation() {
        qt().forAll(SubsidyCases.publicWelfarePosts()).checkAssert(in -> {
            List<SubsidyDecision> explained = PWP.calculateRuns(in, true);
            assertEquals(explained.stream().map(SubsidyDecision::withoutExplanation).toList(), PWP.calculateRuns(in, false));
            if (explained.size() == 1) {
                assertEquals(PWP.calculate(in, true).withoutExplanation(), PWP.calculate(in, false));
            }
        });
    }

    @Test
    void publicWelfarePostPaysTheMonthsWageAndAtMostTheEmployersPaidShare() {
        qt().forAll(SubsidyCases.publicWelfarePosts()).checkAssert(in -> {
            List<SubsidyDecision> runs = PWP.calculateRuns(in, false);
            runsPartitionTheGrantedMonths(runs);
            for (SubsidyDecision d : runs) {
                for (YearMonth m : d.months()) {
                    // DOMAIN.md §3.7: the Shenyang counties of the generator, 1540 before 2021-11-01, 1640 from then.
                    Money wage = Money.parse(m.isBefore(TIER_CHANGE) ? "1540.00" : "1640.00");
                    assertEquals(wage, d.components().get(0).monthly());
                    Money paid = Money.ZERO;
                    for (EmployerContribution c : in.contributions()) {
                        if (c.month().equals(m) && EMPLOYER_COVERED.contains(c.insurance().code())) {
                            paid = paid.plus(c.employerPaid());
                        }
                    }
                    Money insurance = d.components().size() > 1 ? d.components().get(1).monthly() : Money.ZERO;
                    assertEquals(paid, insurance, "the employer's paid share of the covered insurances, nothing more");
                }
            }
        });
    }

    @Test
    void publicWelfarePostStopsAtItsDurationOrRetirementAndKeepsTheReplacementRules() {
        qt().forAll(SubsidyCases.publicWelfarePosts()).checkAssert(in -> {
            List<SubsidyDecision> runs = PWP.calculateRuns(in, false);
            List<YearMonth> granted = granted(runs);
            LocalDate start = in.placement().start();
            LocalDate retirement = StatutoryRetirement.retirementDate(in.person().birthDate(), in.retirementClass(), start);
            YearMonth retirementMonth = YearMonth.from(retirement);
            long allowed = entitlement(start, retirement, retirementMonth);
            assertTrue(granted.size() + (long) in.monthsAlreadyEnjoyed() <= Math.max(allowed, in.monthsAlreadyEnjoyed()));
            DateRange placement = in.placement();
            for (YearMonth m : granted) {
                assertTrue(m.isBefore(retirementMonth));
                assertFalse(placement.start().isAfter(m.atEndOfMonth()) || placement.end().isBefore(m.atDay(1)));
            }
            if (!in.previousPlacements().isEmpty()) {
                LocalDate lastEnd = in.previousPlacements().get(in.previousPlacements().size() - 1).end();
                boolean tooSoon = start.isBefore(lastEnd.plusDays(1).plusMonths(3));
                if (in.hardshipGroups().isEmpty() || tooSoon || in.previousPlacements().size() >= 2) {
                    assertTrue(granted.isEmpty(), "a re-placement breaking a rule gets nothing");
                    assertFalse(runs.get(0).isEligible());
                }
            }
        });
    }

    @Test
    void theGeneratorsReachTheThresholds() {
        // Not a law: a guard that the generators keep producing the boundary cases the laws need.
        List<SocialInsuranceSubsidyInput> near = org.jobassist.testkit.Samples.draw(
                SubsidyCases.socialInsuranceNearRetirement(), 300, 1L);
        long extended = near.stream().filter(in -> in.firstApproval().isAfter(StatutoryRetirement
                .retirementDate(in.person().birthDate(), in.retirementClass(), in.firstApproval()).minusYears(5))).count();
        assertTrue(extended > 30 && extended < 270, "both sides of the 5-year threshold: " + extended);
        List<SocialInsuranceSubsidyInput> cases = org.jobassist.testkit.Samples.draw(SI_CASES, 300, 1L);
        assertTrue(cases.stream().anyMatch(in -> SI.calculateRuns(in, false).stream().anyMatch(SubsidyDecision::isEligible)));
        assertTrue(cases.stream().anyMatch(in -> SI.calculateRuns(in, false).get(0).ineligibilities().stream()
                .anyMatch(i -> i.code().equals("social-insurance.duration-exhausted"))), "some reach the 36th month");
        List<PublicWelfarePostInput> posts = org.jobassist.testkit.Samples.draw(SubsidyCases.publicWelfarePosts(), 300, 1L);
        assertTrue(posts.stream().anyMatch(p -> PWP.calculateRuns(p, false).size() > 1), "some periods cross 2021-11-01");
        assertTrue(posts.stream().anyMatch(p -> PWP.calculateRuns(p, false).stream().anyMatch(SubsidyDecision::isEligible)));
    }
}
