package org.jobassist.api.assessment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.junit.jupiter.api.Test;

class AssessmentModelTest {

    private static final DivisionCode SHENYANG = DivisionCode.of("210100");

    private static Set<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).collect(Collectors.toSet());
    }

    private static TargetPlan.Builder fullPlan() {
        TargetPlan.Builder b = TargetPlan.builder(2021).provinceTarget(1400).label("test");
        for (Division city : Divisions.builtIn().cities()) {
            b.cityTarget(city.code(), 100);
        }
        return b;
    }

    @Test
    void channelCodesAndChineseNames() {
        assertAll(() -> assertEquals("employer", Channel.EMPLOYER.code()),
                () -> assertEquals("flexible-or-self-employment", Channel.FLEXIBLE_OR_SELF_EMPLOYMENT.code()),
                () -> assertEquals("public-welfare-post", Channel.PUBLIC_WELFARE_POST.code()),
                () -> assertEquals("公益性岗位安置", Channel.PUBLIC_WELFARE_POST.nameZh()));
    }

    @Test
    void linearCurveIsMOverTwelve() {
        ScheduleCurve linear = ScheduleCurve.linear();
        assertAll(() -> assertEquals(Ratio.of(1, 12), linear.at(1)),
                () -> assertEquals(Ratio.of(1, 2), linear.at(6)),
                () -> assertEquals(Ratio.ONE, linear.at(12)),
                () -> assertTrue(linear.isLinear()),
                () -> assertThrows(IllegalArgumentException.class, () -> linear.at(13)));
    }

    @Test
    void curveViolations() {
        List<Ratio> bad = new ArrayList<>(Collections.nCopies(12, Ratio.of(1, 2)));
        bad.set(3, Ratio.of(1, 3));
        bad.set(5, Ratio.of(3, 2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleCurve.of(bad));
        assertEquals(Set.of("schedule-curve.not-monotone", "schedule-curve.range", "schedule-curve.end"), codes(e));
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> ScheduleCurve.of(List.of(Ratio.ONE)));
        assertEquals("schedule-curve.size", size.code());
        List<Ratio> frontLoaded = new ArrayList<>(Collections.nCopies(12, Ratio.ONE));
        frontLoaded.set(0, Ratio.of(1, 4));
        assertEquals(Ratio.of(1, 4), ScheduleCurve.of(frontLoaded).at(1));
        assertFalse(ScheduleCurve.of(frontLoaded).isLinear());
    }

    @Test
    void planKeepsTheFourteenCitiesInTableOrderAndSaysWhetherTheySum() {
        TargetPlan.Builder b = TargetPlan.builder(2021).provinceTarget(1000).label("x");
        List<Division> cities = new ArrayList<>(Divisions.builtIn().cities());
        Collections.reverse(cities);
        cities.forEach(c -> b.cityTarget(c.code(), 100));
        TargetPlan plan = b.build();
        assertEquals(Divisions.builtIn().cities().stream().map(Division::code).toList(),
                List.copyOf(plan.cityTargets().keySet()));
        assertEquals(14, plan.cityTargets().size());
        assertFalse(plan.citiesSumToProvince());
        assertTrue(fullPlan().build().citiesSumToProvince());
        assertEquals(CountRule.ONCE_PER_PERSON_PER_YEAR, plan.countRule());
        assertEquals(ShareBase.CHANNEL_TOTAL, plan.channelShareBase());
        assertEquals(3, plan.escalateAfterMonths());
    }

    @Test
    void planViolationsEachCode() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TargetPlan.builder(1999)
                .provinceTarget(-1).cityTarget(SHENYANG, -5).tolerance(Ratio.of(2)).escalateAfterMonths(0)
                .subset(CategorySubset.of("a", "DISABLED")).subset(CategorySubset.of("a", "MARTYR_FAMILY")).build());
        assertEquals(Set.of("target-plan.year", "target-plan.cities", "target-plan.negative-target",
                "target-plan.tolerance", "target-plan.escalate-after", "target-plan.label",
                "target-plan.subset-name"), codes(e));
        InvalidInputException province = assertThrows(InvalidInputException.class,
                () -> fullPlan().province(SHENYANG).build());
        assertEquals("target-plan.province", province.code());
        InvalidInputException extra = assertThrows(InvalidInputException.class,
                () -> fullPlan().cityTarget(DivisionCode.of("210283"), 3).build());
        assertEquals("target-plan.cities", extra.code());
        assertThrows(InvalidInputException.class, () -> fullPlan().build().targetOf(DivisionCode.of("210283")));
    }

    @Test
    void outcomeBooksACountyToItsCityAndHidesThePerson() {
        EmploymentOutcome o = EmploymentOutcome.builder().id("ZH-2021-0001").person(PersonId.of("secret-person-7"))
                .city(DivisionCode.of("210283")).date(LocalDate.of(2021, 4, 1))
                .channel(Channel.EMPLOYER).categories("DISABLED", "NEAR_RETIREMENT").build();
        assertEquals(DivisionCode.of("210200"), o.city());
        assertEquals(List.of("DISABLED", "NEAR_RETIREMENT"), List.copyOf(o.categories()));
        assertFalse(o.toString().contains("secret-person-7"));
    }

    @Test
    void outcomeViolationsEachCodeWithoutEchoingInput() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> EmploymentOutcome.builder().build());
        assertEquals(Set.of("outcome.required"), codes(missing));
        assertEquals(5, missing.violations().size());
        String badId = "has space 110101199003074578";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EmploymentOutcome.builder()
                .id(badId).person(PersonId.of("p")).city(DivisionCode.of("219900")).date(LocalDate.of(2021, 1, 1))
                .channel(Channel.EMPLOYER).categories("lower-case").build());
        assertEquals(Set.of("outcome.id", "outcome.city-unknown", "outcome.category-code"), codes(e));
        assertFalse(e.getMessage().contains("110101199003074578"));
        InvalidInputException level = assertThrows(InvalidInputException.class, () -> EmploymentOutcome.builder()
                .id("x").person(PersonId.of("p")).city(DivisionCode.LIAONING).date(LocalDate.of(2021, 1, 1))
                .channel(Channel.EMPLOYER).build());
        assertEquals("outcome.city-level", level.code());
    }

    @Test
    void subsetViolations() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new CategorySubset(" ", Set.of(), ShareBase.CHANNEL_TOTAL));
        assertEquals(Set.of("category-subset.name", "category-subset.codes"), codes(e));
    }

    @Test
    void shareFormatsHalfUpToOneDecimal() {
        assertAll(() -> assertEquals("20.1%", new Share("employer", 12_085, "channel total", 60_055).formatted()),
                () -> assertEquals("0.1%", new Share("x", 1, "d", 2000).formatted()),
                () -> assertEquals("0.0%", new Share("x", 1, "d", 2001).formatted()),
                () -> assertEquals("0.0%", new Share("x", 0, "d", 0).formatted()),
                () -> assertEquals("100.0%", new Share("x", 3, "d", 3).formatted()),
                () -> assertEquals(Ratio.of(1, 3), new Share("x", 1, "d", 3).fraction()));
    }

    @Test
    void cityProgressAndBatchResultInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new CityProgress(SHENYANG, 10, 5, Ratio.of(1, 2),
                Ratio.of(1, 2), 5, 1, ProgressStatus.ON_SCHEDULE, 0));
        assertThrows(IllegalArgumentException.class, () -> new CityProgress(SHENYANG, 10, 4, Ratio.of(2, 5),
                Ratio.of(1, 2), 5, -1, ProgressStatus.BEHIND, 0));
        OutcomeBatchResult r = new OutcomeBatchResult(3, 1, List.of(
                new RejectedOutcome(0, "a", List.of(Violation.of("outcome.not-recognised", "m"))),
                new RejectedOutcome(2, "b", List.of(Violation.of("outcome.not-recognised", "m")))));
        assertEquals(6, r.total());
        assertEquals(java.util.Map.of("outcome.not-recognised", 2), r.rejectedByReason());
    }

    @Test
    void recognisedOnCoversTheDayOfRecognitionAndTheDayOfExit() {
        RecognitionRecord r = RecognitionRecord.applied(PersonId.of("p"), LocalDate.of(2021, 1, 5))
                .recognised(LocalDate.of(2021, 1, 20), "v", Set.of("DISABLED"), LocalDate.of(2022, 1, 20));
        RecognitionRecord exited = r.exited(LocalDate.of(2021, 6, 1), ExitReason.values()[0]);
        assertAll(() -> assertFalse(r.isRecognisedOn(LocalDate.of(2021, 1, 19))),
                () -> assertTrue(r.isRecognisedOn(LocalDate.of(2021, 1, 20))),
                () -> assertTrue(exited.isRecognisedOn(LocalDate.of(2021, 6, 1))),
                () -> assertFalse(exited.isRecognisedOn(LocalDate.of(2021, 6, 2))));
    }

    @Test
    void tallyAddsUpMonthsCitiesAndChannels() {
        OutcomeTally t = OutcomeTally.builder(2021, List.of(SHENYANG), List.of(CategorySubset.of("s", "DISABLED")))
                .add(1, 0, Channel.EMPLOYER, 2).add(3, 0, Channel.PUBLIC_WELFARE_POST, 5).addSubset(0, 3, 0, 4).build();
        assertAll(() -> assertEquals(2, t.cityThrough(2, 0)), () -> assertEquals(7, t.cityThrough(3, 0)),
                () -> assertEquals(5, t.channelThrough(12, Channel.PUBLIC_WELFARE_POST)),
                () -> assertEquals(0, t.subsetThrough(0, 2)), () -> assertEquals(4, t.subsetThrough(0, 3)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> OutcomeTally.builder(2021, List.of(SHENYANG), List.of()).add(1, 0, Channel.EMPLOYER, -1)));
    }
}
