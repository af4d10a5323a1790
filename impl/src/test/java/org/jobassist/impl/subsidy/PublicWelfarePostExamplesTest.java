package org.jobassist.impl.subsidy;

import static org.jobassist.impl.subsidy.SubsidyFixtures.ANSHAN;
import static org.jobassist.impl.subsidy.SubsidyFixtures.HEPING;
import static org.jobassist.impl.subsidy.SubsidyFixtures.LIAOZHONG;
import static org.jobassist.impl.subsidy.SubsidyFixtures.UNIT;
import static org.jobassist.impl.subsidy.SubsidyFixtures.nodes;
import static org.jobassist.impl.subsidy.SubsidyFixtures.person;
import static org.jobassist.impl.subsidy.SubsidyFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.HardshipGroup;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md §3.2 and the minimum-wage table of §3.7 through the public-welfare-post subsidy; figures by hand. */
class PublicWelfarePostExamplesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final MonthlySubsidyCalculator<PublicWelfarePostInput> PWP = Subsidies.publicWelfarePost(LN);

    /** A woman cadre born 1975, recognised, placed in 辽中区 from 2021-09-01, still in the post. */
    static PublicWelfarePostInput.Builder placement() {
        return PublicWelfarePostInput.builder()
                .employer(UNIT)
                .person(person(LocalDate.of(1975, 3, 3), Gender.FEMALE))
                .retirementClass(RetirementClass.FEMALE_CADRE_55)
                .jurisdiction(LIAOZHONG)
                .recognised(true)
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1)));
    }

    /** Pension 400 (individual 160), medical 150 (40), unemployment 17.50 (7.50): 567.50 from the employer. */
    static PublicWelfarePostInput.Builder insured(PublicWelfarePostInput.Builder b, YearMonth first, YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, yuan("400.00"), yuan("160.00"))
                    .contribution(m, InsuranceType.MEDICAL, yuan("150.00"), yuan("40.00"))
                    .contribution(m, InsuranceType.UNEMPLOYMENT, yuan("17.50"), yuan("7.50"));
        }
        return b.period(first, last);
    }

    static List<String> codes(SubsidyDecision d) {
        return d.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    @Test
    void acrossThe2021November1ChangeEachMonthCarriesItsOwnWageAsTwoRuns() {
        PublicWelfarePostInput in = insured(placement(), YearMonth.of(2021, 9), YearMonth.of(2021, 12)).build();
        List<SubsidyDecision> runs = PWP.calculateRuns(in);
        assertEquals(2, runs.size());
        SubsidyDecision before = runs.get(0);
        assertEquals(SubsidyKind.PUBLIC_WELFARE_POST, before.kind());
        assertEquals(Beneficiary.unit(UNIT), before.beneficiary());
        assertEquals(List.of(YearMonth.of(2021, 9), YearMonth.of(2021, 10)), before.months());
        assertEquals(List.of(new AmountComponent("wage", yuan("1540.00")),
                new AmountComponent("social-insurance", yuan("567.50"))), before.components());
        assertEquals(yuan("2107.50"), before.monthlyAmount().orElseThrow());
        assertEquals(yuan("4215.00"), before.total());
        SubsidyDecision after = runs.get(1);
        assertEquals(List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 12)), after.months());
        assertEquals(yuan("2207.50"), after.monthlyAmount().orElseThrow());
        assertEquals(yuan("4415.00"), after.total());
        assertEquals(yuan("8630.00"), before.total().plus(after.total()));
        assertTrue(after.valuesRead().stream().anyMatch(v -> v.key().equals(PolicyKeys.MINIMUM_WAGE_MONTHLY)
                && v.value().equals(yuan("1640.00")) && v.effectiveFrom().equals(LocalDate.of(2021, 11, 1))));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PWP.calculate(in));
        assertEquals("public-welfare-post.amount-varies", e.code());
        assertEquals(runs.stream().map(SubsidyDecision::withoutExplanation).toList(), PWP.calculateRuns(in, false));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "210102, 2021-11, 1910.00", // Shenyang's urban districts
            "210115, 2021-11, 1640.00", "210123, 2021-11, 1640.00", "210124, 2021-11, 1640.00",
            "210181, 2021-11, 1640.00", "210115, 2021-10, 1540.00", // was 1540 before
            "210202, 2021-11, 1910.00", // Dalian whole city
            "210402, 2021-11, 1710.00", "210421, 2021-11, 1580.00", // Fushun urban, county
            "210502, 2021-11, 1710.00", "210521, 2021-11, 1580.00", // Benxi
            "210602, 2021-11, 1710.00", "210624, 2021-11, 1580.00"  // Dandong
    })
    void theWageIsTheLocalMinimumWageOfTheMonth(String county, String month, String wage) {
        SubsidyDecision d = PWP.calculate(placement().jurisdiction(DivisionCode.of(county))
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1))).month(YearMonth.parse(month)).build());
        assertEquals(List.of(new AmountComponent("wage", yuan(wage))), d.components(), "no contribution, no insurance part");
        assertEquals(yuan(wage), d.total());
    }

    @Test
    void aCityOrMonthWithoutAKnownMinimumWageFailsNamingTheParameter() {
        for (var c : List.of(List.of(ANSHAN, YearMonth.of(2021, 11)), List.of(HEPING, YearMonth.of(2021, 10)))) {
            PublicWelfarePostInput in = placement().jurisdiction((DivisionCode) c.get(0)).month((YearMonth) c.get(1)).build();
            PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class, () -> PWP.calculate(in));
            assertEquals("minimum-wage.monthly", e.keyName());
        }
    }

    static PublicWelfarePostInput.Builder replacement(LocalDate start) {
        return placement().placement(DateRange.startingOn(start))
                .previousPlacement(DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2021, 3, 31)))
                .month(YearMonth.of(2021, 11));
    }

    @Test
    void aSpecialHardshipPersonMayBePlacedAgain3MonthsAfterLeaving() {
        // Left on 2021-04-01 (the day after the post ended): 3 months later is 2021-07-01.
        SubsidyDecision d = PWP.calculate(replacement(LocalDate.of(2021, 7, 1))
                .hardshipGroup(HardshipGroup.OLDER_UNEMPLOYED).build());
        assertTrue(d.isEligible());
        assertEquals(yuan("1640.00"), d.total());
    }

    @Test
    void aDayTooSoonNoHardshipGroupOrAThirdPlacementAreRefusedAllAtOnce() {
        SubsidyDecision tooSoon = PWP.calculate(replacement(LocalDate.of(2021, 6, 30))
                .hardshipGroup(HardshipGroup.SEVERELY_DISABLED).build());
        assertEquals(List.of("public-welfare-post.replacement-too-soon"), codes(tooSoon));
        SubsidyDecision all = PWP.calculate(replacement(LocalDate.of(2021, 6, 30))
                .previousPlacement(DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31))).build());
        assertEquals(List.of("public-welfare-post.replacement-not-hardship", "public-welfare-post.replacement-too-soon",
                "public-welfare-post.placement-limit"), codes(all));
        List<String> failed = nodes(all.explanation().orElseThrow()).stream()
                .filter(n -> n.outcome() == org.jobassist.api.law.Explanation.Outcome.NOT_SATISFIED)
                .map(n -> n.rule()).toList();
        assertEquals(List.of("public-welfare-post-subsidy", "public-welfare-post.placements",
                "public-welfare-post.replacement-hardship", "public-welfare-post.replacement-gap"), failed);
        assertEquals(Money.ZERO, all.total());
    }

    @Test
    void aPlacementRuns36MonthsThenStops() {
        SubsidyDecision d = PWP.calculate(placement().monthsAlreadyEnjoyed(35)
                .period(YearMonth.of(2021, 11), YearMonth.of(2021, 12)).build());
        assertEquals(List.of(YearMonth.of(2021, 11)), d.months());
        assertEquals(yuan("1640.00"), d.total());
    }

    @Test
    void fewerThan5YearsLeftAtPlacementRunsUntilRetirement() {
        // Woman worker born 1972-08-05, placed 2021-03-01: retires 2022-08-05 at 50 (law of 2021).
        SubsidyDecision d = PWP.calculate(placement()
                .person(person(LocalDate.of(1972, 8, 5), Gender.FEMALE))
                .retirementClass(RetirementClass.FEMALE_WORKER_50)
                .placement(DateRange.startingOn(LocalDate.of(2021, 3, 1)))
                .monthsAlreadyEnjoyed(15)
                .period(YearMonth.of(2022, 6), YearMonth.of(2022, 9)).build());
        assertEquals(List.of(YearMonth.of(2022, 6), YearMonth.of(2022, 7)), d.months());
        assertEquals(yuan("3280.00"), d.total());
        assertTrue(nodes(d.explanation().orElseThrow()).stream()
                .anyMatch(n -> n.rule().equals("public-welfare-post.entitlement") && n.result().orElse("").equals("17 months")));
    }

    @Test
    void monthsOutsideThePlacementAreExcluded() {
        SubsidyDecision d = PWP.calculate(placement()
                .placement(DateRange.of(LocalDate.of(2021, 9, 15), LocalDate.of(2021, 10, 20)))
                .period(YearMonth.of(2021, 8), YearMonth.of(2021, 11)).build());
        assertEquals(List.of(YearMonth.of(2021, 9), YearMonth.of(2021, 10)), d.months());
        assertEquals(yuan("3080.00"), d.total());
        SubsidyDecision none = PWP.calculate(placement().month(YearMonth.of(2021, 8)).build());
        assertEquals(List.of("public-welfare-post.outside-placement"), codes(none));
    }

    @Test
    void notRecognisedOrAlreadyRetiredIsNotEligible() {
        assertEquals(List.of("public-welfare-post.not-recognised"),
                codes(PWP.calculate(placement().recognised(false).month(YearMonth.of(2021, 11)).build())));
        SubsidyDecision retired = PWP.calculate(placement()
                .person(person(LocalDate.of(1960, 1, 10), Gender.MALE)).retirementClass(RetirementClass.MALE_60)
                .month(YearMonth.of(2021, 11)).build());
        assertEquals(List.of("public-welfare-post.retired-at-placement"), codes(retired));
        assertFalse(retired.explanation().orElseThrow().failedConditions().isEmpty());
    }
}
