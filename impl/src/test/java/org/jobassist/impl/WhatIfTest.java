package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.EligibilityChange;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.WhatIfCase;
import org.jobassist.api.subsidy.WhatIfReport;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What-if runs with a small calculator written here: tier-1 minimum wage times months. */
class WhatIfTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final PolicyPack LN = PolicyPacks.liaoning();
    static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final LocalDate NOV_1_2021 = LocalDate.of(2021, 11, 1);
    static final LegalBasis BASIS = LegalBasis.of("文号待确认", "测试用覆盖值", "Test override");

    /** A case: who, where, from when, for how many months, and the least wage the case accepts. */
    record Case(ResidentIdNumber person, DivisionCode where, LocalDate start, int months, Money floor) {
        @Override
        public String toString() {
            return "Case[" + person.masked() + "]";
        }
    }

    /** Pays tier 1 a month for the months asked, when tier 1 reaches the floor. */
    static final class TierOneCalculator implements SubsidyCalculator<Case> {
        private final PolicyPack pack;

        TierOneCalculator(PolicyPack pack) {
            this.pack = pack;
        }

        @Override
        public SubsidyDecision calculate(Case input, boolean explain) {
            if (input.months() < 0) {
                throw new InvalidInputException(new Violation("months", "test.negative-months",
                        "months must not be negative"));
            }
            ResolvedValue<Money> tier = pack.resolve(PolicyKeys.MINIMUM_WAGE_TIER_1, input.where(), input.start());
            SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST,
                    Beneficiary.person(input.person()), input.where()).person(input.person()).read(tier);
            if (tier.value().isLessThan(input.floor())) {
                b.ineligible("test.below-floor", "tier 1 is below the case's floor");
            } else {
                List<YearMonth> months = new ArrayList<>();
                for (int i = 0; i < input.months(); i++) {
                    months.add(YearMonth.from(input.start()).plusMonths(i));
                }
                b.component("wage", tier.value()).months(months);
            }
            if (explain) {
                b.explanation(Explanation.builder("test.tier-one").value(tier.value().toString()).build());
            }
            return b.build();
        }
    }

    static Case liaozhong(int months, long floorYuan) {
        return new Case(ID, LIAOZHONG, NOV_1_2021, months, Money.ofYuan(floorYuan));
    }

    static PolicyValue<Money> tierOne(DivisionCode where, long yuan) {
        return PolicyValue.of(PolicyKeys.MINIMUM_WAGE_TIER_1, where, NOV_1_2021, null, Money.ofYuan(yuan), BASIS);
    }

    @Test
    void raisingLiaozhongsTierOneChangesAmountsAndEligibility() {
        List<Case> cases = List.of(
                liaozhong(3, 0),                                                 // 1910 -> 2000 for 3 months
                liaozhong(2, 1950),                                              // below the floor, then not
                new Case(ID, LIAOZHONG, LocalDate.of(2019, 6, 1), 1, Money.ZERO), // before any tier value
                liaozhong(-1, 0),                                                // refused input
                new Case(ID, DALIAN, NOV_1_2021, 4, Money.ZERO));                // untouched by the override
        WhatIfReport<Case> report = WhatIf.compare(cases, TierOneCalculator::new, LN,
                List.of(tierOne(LIAOZHONG, 2000)));

        WhatIfCase<Case> raised = report.cases().get(0);
        assertEquals(Optional.of(Money.parse("270.00")), raised.difference());        // 90.00 x 3
        assertEquals(Optional.of(Money.parse("90.00")), raised.monthlyDifference());
        assertEquals(EligibilityChange.UNCHANGED, raised.eligibilityChange());

        WhatIfCase<Case> became = report.cases().get(1);
        assertEquals(EligibilityChange.BECAME_ELIGIBLE, became.eligibilityChange());
        assertEquals(Optional.of(Money.parse("4000.00")), became.difference());      // 2000.00 x 2

        WhatIfCase<Case> early = report.cases().get(2);
        assertEquals("policy.value-missing", early.base().failure().orElseThrow().code());
        assertEquals("policy.value-missing", early.alternative().failure().orElseThrow().code());
        assertFalse(early.isChanged());

        WhatIfCase<Case> refused = report.cases().get(3);
        assertEquals("test.negative-months", refused.base().failure().orElseThrow().code());
        assertEquals("months", refused.alternative().failure().orElseThrow().violations().get(0).path());

        assertFalse(report.cases().get(4).isChanged());

        assertEquals(5, report.caseCount());
        assertEquals(2, report.changed());
        assertEquals(1, report.becameEligible());
        assertEquals(0, report.lostEligibility());
        assertEquals(2, report.failures());
        // Base: 1910 x 3 + 0 + 1910 x 4 = 13370.00; alternative: 2000 x 3 + 2000 x 2 + 1910 x 4 = 17640.00.
        assertEquals(Money.parse("13370.00"), report.totalBase());
        assertEquals(Money.parse("17640.00"), report.totalAlternative());
        assertEquals(Money.parse("4270.00"), report.difference());
        assertEquals("liaoning " + LN.version(), report.basePack());
        assertEquals("liaoning " + LN.version() + " with overrides", report.alternativePack());
    }

    @Test
    void loweringTierOneLosesEligibility() {
        WhatIfReport<Case> report = WhatIf.compare(List.of(liaozhong(2, 1850)), TierOneCalculator::new, LN,
                List.of(tierOne(LIAOZHONG, 1800)));
        assertEquals(EligibilityChange.LOST_ELIGIBILITY, report.cases().get(0).eligibilityChange());
        assertEquals(1, report.lostEligibility());
        assertEquals(Money.parse("-3820.00"), report.difference());                  // -(1910 x 2)
    }

    @Test
    void aValueUnknownUnderTheAlternativeIsReportedNotDropped() {
        PolicyValue<Money> unknown = PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_TIER_1, LIAOZHONG, NOV_1_2021, null,
                "what if the county's tier were withdrawn");
        WhatIfReport<Case> report = WhatIf.compare(List.of(liaozhong(1, 0), new Case(ID, DALIAN, NOV_1_2021, 1, Money.ZERO)),
                TierOneCalculator::new, LN, List.of(unknown));
        WhatIfCase<Case> lost = report.cases().get(0);
        assertEquals("policy.value-unknown", lost.alternative().failure().orElseThrow().code());
        assertTrue(lost.alternative().failure().orElseThrow().message().contains("minimum-wage.tier-1"));
        assertEquals(EligibilityChange.NOT_COMPARABLE, lost.eligibilityChange());
        assertTrue(lost.isChanged());
        assertEquals(1, report.failures());
        assertEquals(0, report.baseFailures());
        assertEquals(1, report.alternativeFailures());
        assertEquals(Money.parse("1910.00"), report.totalBase());                     // Dalian only
        assertEquals(Money.ZERO, report.difference());
    }

    @Test
    void invalidOverridesAreRefusedWithTheirPaths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WhatIf.compare(
                List.of(liaozhong(1, 0)), TierOneCalculator::new, LN,
                List.of(tierOne(LIAOZHONG, 2000), tierOne(LIAOZHONG, 2100))));
        assertEquals("policy.overlap", e.code());
        assertTrue(e.violations().get(0).path().startsWith("overrides["), e.violations().get(0).path());
    }

    @Test
    void theFactoryIsCalledOncePerPackAndTheFastPathIsUsed() {
        AtomicInteger made = new AtomicInteger();
        List<Boolean> explainFlags = new java.util.concurrent.CopyOnWriteArrayList<>();
        WhatIf.compare(List.of(liaozhong(1, 0), liaozhong(2, 0), liaozhong(3, 0)), pack -> {
            made.incrementAndGet();
            SubsidyCalculator<Case> real = new TierOneCalculator(pack);
            return (input, explain) -> {
                explainFlags.add(explain);
                return real.calculate(input, explain);
            };
        }, LN, LN);
        assertEquals(2, made.get());
        assertEquals(List.of(false, false, false, false, false, false), explainFlags);
    }

    @Test
    void aFaultIsNotAnOutcome() {
        assertThrows(IllegalStateException.class, () -> WhatIf.compare(List.of(liaozhong(1, 0)),
                pack -> (input, explain) -> {
                    throw new IllegalStateException("bug");
                }, LN, LN));
        List<Case> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> WhatIf.compare(withNull, TierOneCalculator::new, LN, LN));
        assertThrows(NullPointerException.class, () -> WhatIf.compare(List.of(), pack -> null, LN, LN));
    }

    @Test
    void theReportsTextHoldsNoIdNumber() {
        WhatIfReport<Case> report = WhatIf.compare(List.of(liaozhong(1, 0)), TierOneCalculator::new, LN,
                List.of(tierOne(LIAOZHONG, 2000)));
        String text = report.toString() + report.cases();
        assertFalse(text.contains(ID.value()), text);
        assertFalse(text.contains(ID.masked()), text);
    }

    static Gen<Case> cases() {
        List<DivisionCode> places = List.of(LIAOZHONG, DALIAN, DivisionCode.of("210102"), DivisionCode.of("211002"));
        return Identities.residentIdNumbers()
                .zip(integers().between(0, places.size() - 1), integers().between(-900, 900),
                        integers().between(-2, 40), integers().between(0, 2100),
                        (id, place, offset, months, floor) -> new Case(id, places.get(place),
                                NOV_1_2021.plusDays(offset), months, Money.ofYuan(floor)));
    }

    @Test
    void identicalPacksShowNoDifferenceAndNoChange() {
        PolicyPack same = LN.withOverrides(List.of());
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(lists().of(cases()).ofSizeBetween(0, 25))
                .checkAssert(cases -> {
                    for (WhatIfReport<Case> report : List.of(WhatIf.compare(cases, TierOneCalculator::new, LN, LN),
                            WhatIf.compare(cases, TierOneCalculator::new, LN, same))) {
                        assertEquals(Money.ZERO, report.difference());
                        assertEquals(report.totalBase(), report.totalAlternative());
                        assertEquals(0, report.changed());
                        assertEquals(0, report.becameEligible());
                        assertEquals(0, report.lostEligibility());
                        assertEquals(report.baseFailures(), report.alternativeFailures());
                        assertEquals(cases.size(), report.caseCount());
                        for (WhatIfCase<Case> c : report.cases()) {
                            assertFalse(c.isChanged());
                            c.difference().ifPresent(d -> assertEquals(Money.ZERO, d));
                        }
                    }
                });
    }

    @Test
    void swappingBaseAndAlternativeNegatesTheDifference() {
        PolicyPack raised = LN.withOverrides(List.of(tierOne(LIAOZHONG, 2000),
                PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_TIER_1, DALIAN, NOV_1_2021, null, "what if unknown")));
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(lists().of(cases()).ofSizeBetween(0, 25))
                .checkAssert(cases -> {
                    WhatIfReport<Case> forward = WhatIf.compare(cases, TierOneCalculator::new, LN, raised);
                    WhatIfReport<Case> back = WhatIf.compare(cases, TierOneCalculator::new, raised, LN);
                    assertEquals(forward.difference().negate(), back.difference());
                    assertEquals(forward.totalBase(), back.totalAlternative());
                    assertEquals(forward.becameEligible(), back.lostEligibility());
                    assertEquals(forward.lostEligibility(), back.becameEligible());
                    assertEquals(forward.changed(), back.changed());
                    assertEquals(forward.failures(), back.failures());
                    assertEquals(forward.baseFailures(), back.alternativeFailures());
                    for (int i = 0; i < cases.size(); i++) {
                        assertEquals(forward.cases().get(i).difference().map(Money::negate),
                                back.cases().get(i).difference());
                    }
                });
    }

    @Test
    void aParallelRunGivesTheSameReport() {
        PolicyPack raised = LN.withOverrides(List.of(tierOne(LIAOZHONG, 2000)));
        qt().withFixedSeed(SEED).withExamples(20)
                .forAll(lists().of(cases()).ofSizeBetween(0, 200))
                .checkAssert(cases -> assertEquals(WhatIf.compare(cases, TierOneCalculator::new, LN, raised),
                        WhatIf.compareInParallel(cases, TierOneCalculator::new, LN, raised)));
    }
}
