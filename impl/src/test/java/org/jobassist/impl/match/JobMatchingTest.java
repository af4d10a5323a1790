package org.jobassist.impl.match;

import static org.jobassist.impl.match.MatchFixtures.ON;
import static org.jobassist.impl.match.MatchFixtures.post;
import static org.jobassist.impl.match.MatchFixtures.welder;
import static org.jobassist.impl.match.MatchFixtures.workedExample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchFilter;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.impl.JobMatching;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/services.md, computed by hand with the Liaoning weights
 * (skills 40, district 20, wage 25, willingness 15; 3 skills counted):
 * <ul>
 *   <li>V-2: both her skills (40 × 2 / 3 = 26), Heping (20), 4,200 ≥ 4,000 (25), a job (15): 86;</li>
 *   <li>V-3: no skill used (0), Heping (20), 25 × 3,000 / 4,000 = 18.75 → 18, 15: 53;</li>
 *   <li>V-1: welding (40 × 1 / 3 = 13), Shenhe not preferred (0), 25 × 3,600 / 4,000 = 22.5 → 22, 15: 50;</li>
 *   <li>V-4 night shifts, V-5 40 km away (limit 15 km), V-6 a public welfare post, V-7 closed,
 *       V-8 an electrician with certificate, V-9 10 hours: filtered out.</li>
 * </ul>
 */
class JobMatchingTest {

    private static final JobMatching LIAONING =
            JobMatching.of(PolicyPacks.liaoning(), DivisionCode.of("210100"), ON);

    @Test
    void theLiaoningPackGivesTheDefaultWeightsAnd30Kilometres() {
        assertEquals(MatchWeights.of(40, 20, 25, 15, 3), LIAONING.weights());
        assertEquals(MatchWeights.DEFAULT, LIAONING.weights());
        assertEquals(30_000, LIAONING.defaultMaxCommuteMetres());
        assertEquals(100, LIAONING.weights().total());
    }

    @Test
    void workedExampleRanksV2ThenV3ThenV1() {
        VacancyIndex index = LIAONING.index(workedExample());
        List<VacancyMatch> top = index.topFor(welder().build(), ON, 10);
        assertEquals(List.of("V-2", "V-3", "V-1"), top.stream().map(VacancyMatch::vacancyId).toList());
        assertEquals(new MatchScore(26, 20, 25, 15), top.get(0).score());
        assertEquals(new MatchScore(0, 20, 18, 15), top.get(1).score());
        assertEquals(new MatchScore(13, 0, 22, 15), top.get(2).score());
        assertEquals(List.of(86, 53, 50), top.stream().map(VacancyMatch::points).toList());
        assertEquals(5_004, top.get(2).distanceMetres());
        assertEquals(0, top.get(0).distanceMetres());
        assertEquals(List.of("V-2", "V-3"), index.topFor(welder().build(), ON, 2).stream()
                .map(VacancyMatch::vacancyId).toList());
    }

    @Test
    void workedExampleExplainsTheScoreFactorByFactor() {
        VacancyMatch v1 = LIAONING.index(workedExample()).topFor(welder().build(), ON, 3).get(2);
        Explanation root = v1.explanation();
        assertEquals("service.match", root.rule());
        assertEquals(Explanation.Outcome.SATISFIED, root.outcome());
        assertEquals("50", root.result().orElseThrow());
        assertEquals(Map.of("person", "P-1", "vacancy", "V-1", "asOf", "2021-01-10"), root.inputs());
        Explanation filters = root.children().get(0);
        assertEquals("service.match.filters", filters.rule());
        assertEquals(List.of("service.match.open", "service.match.skills", "service.match.certificates",
                "service.match.accommodation", "service.match.hours", "service.match.night-shift",
                "service.match.public-welfare-post", "service.match.distance"),
                filters.children().stream().map(Explanation::rule).toList());
        assertEquals("5004", filters.children().get(7).inputs().get("distanceMetres"));
        assertEquals("15000", filters.children().get(7).inputs().get("maxCommuteMetres"));
        Explanation score = root.children().get(1);
        assertEquals("service.match.score", score.rule());
        assertEquals("50", score.result().orElseThrow());
        assertEquals(List.of("13", "0", "22", "15"),
                score.children().stream().map(e -> e.result().orElseThrow()).toList());
        Explanation wage = score.children().get(2);
        assertEquals("service.match.score.wage", wage.rule());
        assertEquals("3600.00", wage.inputs().get("wage"));
        assertEquals("4000.00", wage.inputs().get("expected"));
        assertTrue(root.failedConditions().isEmpty());
        assertTrue(root.render().contains("[VALUE] service.match.score.skills = 13"), root.render());
    }

    @Test
    void eachFilteredVacancyFailsWithItsReasonCode() {
        NeedsProfile welder = welder().build();
        Map<String, List<String>> expected = Map.of(
                "V-4", List.of("match.night-shift"),
                "V-5", List.of("match.too-far"),
                "V-6", List.of("match.public-welfare-post-not-eligible"),
                "V-7", List.of("match.closed"),
                "V-8", List.of("match.skills-missing", "match.certificate-missing"),
                "V-9", List.of("match.hours"));
        for (Vacancy v : workedExample()) {
            MatchCheck check = LIAONING.check(welder, v, ON);
            List<String> codes = expected.getOrDefault(v.id(), List.of());
            assertEquals(codes, check.reasonCodes(), v.id());
            assertEquals(codes.isEmpty(), check.passed(), v.id());
            assertEquals(codes.size(), check.explanation().failedConditions().size(), v.id());
        }
        MatchCheck far = LIAONING.check(welder, workedExample().get(4), ON);
        assertEquals(40_030, far.distanceMetres());
        assertEquals("service.match.distance", far.explanation().failedConditions().get(0).rule());
        assertEquals("match.too-far", far.explanation().failedConditions().get(0).result().orElseThrow());
        // The score is computed even for a failed pair: the night-shift post would score 0 + 20 + 25 + 15.
        assertEquals(60, LIAONING.check(welder, workedExample().get(3), ON).score().total());
    }

    @Test
    void accommodationIsAHardFilter() {
        NeedsProfile needs = welder().constraints(new WorkConstraints(OptionalInt.empty(), OptionalInt.empty(), true,
                false)).build();
        Vacancy plain = post("V-10").build();
        assertEquals(List.of(MatchFilter.ACCOMMODATION), LIAONING.check(needs, plain, ON).failed());
        assertTrue(LIAONING.check(needs, post("V-11").suitsDisabled(true).build(), ON).passed());
    }

    @Test
    void thePacksDefaultCommuteAppliesWhenThePersonStatesNone() {
        NeedsProfile noLimit = welder().constraints(WorkConstraints.NONE).build();
        // 40,030 m is beyond the default 30 km; 26,687 m (240,000 micro-degrees) is within.
        assertEquals(List.of("match.too-far"), LIAONING.check(noLimit, workedExample().get(4), ON).reasonCodes());
        MatchCheck near = LIAONING.check(noLimit, post("V-12").location(MatchFixtures.north(240_000)).build(), ON);
        assertTrue(near.passed());
        assertEquals(26_687, near.distanceMetres());
        assertEquals("default", near.explanation().children().get(0).children().get(7).inputs().get("limitFrom"));
    }

    @Test
    void willingnessEarnsFullPointsForAJobHalfForFlexibleWorkOnly() {
        Vacancy v = post("V-3").build();
        assertEquals(15, LIAONING.check(welder().build(), v, ON).score().willingness());
        assertEquals(7, LIAONING.check(welder().willingness(Willingness.FLEXIBLE_WORK).build(), v, ON).score()
                .willingness());
        assertEquals(0, LIAONING.check(welder().willingness(Willingness.SELF_EMPLOYMENT).build(), v, ON).score()
                .willingness());
        assertEquals(15, LIAONING.check(welder().willingness(Willingness.FLEXIBLE_WORK, Willingness.JOB).build(), v, ON)
                .score().willingness());
    }

    @Test
    void districtPointsGoToTheHomeCountyWhenNoPreferenceIsStated() {
        NeedsProfile none = welder().preferredDistricts(List.of()).build();
        assertEquals(20, LIAONING.check(none, post("V-3").build(), ON).score().district());
        assertEquals(0, LIAONING.check(none, post("V-13").district(MatchFixtures.SHENHE).build(), ON).score()
                .district());
        NeedsProfile shenhe = welder().preferredDistricts(List.of(MatchFixtures.SHENHE)).build();
        assertEquals(0, LIAONING.check(shenhe, post("V-3").build(), ON).score().district());
    }

    @Test
    void wageIsFullWithoutAnExpectation() {
        NeedsProfile none = welder().expectedMonthlyWage(null).build();
        assertEquals(25, LIAONING.check(none, post("V-14").monthlyWage(Money.ofYuan(1)).build(), ON).score().wage());
    }

    @Test
    void tiesAreBrokenByVacancyId() {
        List<Vacancy> same = new ArrayList<>();
        for (String id : List.of("B", "C", "A", "E", "D")) {
            same.add(post(id).build());
        }
        List<VacancyMatch> top = LIAONING.index(same).topFor(welder().build(), ON, 4);
        assertEquals(List.of("A", "B", "C", "D"), top.stream().map(VacancyMatch::vacancyId).toList());
    }

    @Test
    void rankingPeopleForAVacancyOrdersByScoreThenPersonId() {
        NeedsProfile a = welder().person(PersonId.of("P-3")).build();
        NeedsProfile b = welder().person(PersonId.of("P-2")).build();
        NeedsProfile c = welder().person(PersonId.of("P-4")).expectedMonthlyWage(Money.ofYuan(8000)).build();
        NeedsProfile night = welder().person(PersonId.of("P-1")).build();
        Vacancy v = post("V-2").requiredSkills(Set.of(MatchFixtures.WELDING)).build();
        List<PersonMatch> people = LIAONING.profiles(List.of(a, b, c, night)).topFor(v, ON, 3);
        // P-1, P-2 and P-3 score 13 + 20 + 25 + 15 = 73; P-4 expects 8,000: 25 × 4,000 / 8,000 = 12.5 → 12, 60.
        assertEquals(List.of("P-1", "P-2", "P-3"), people.stream().map(m -> m.person().value()).toList());
        assertEquals(73, people.get(0).points());
        List<PersonMatch> all = LIAONING.profiles(List.of(a, b, c, night)).topFor(v, ON, 10);
        assertEquals(60, all.get(3).points());
        assertTrue(LIAONING.profiles(List.of(a)).topFor(post("V-7").open(workedExample().get(6).open()).build(), ON, 3)
                .isEmpty());
        assertTrue(LIAONING.profiles(List.of(a)).topFor(workedExample().get(7), ON, 3).isEmpty());
    }

    @Test
    void badInputCarriesStableCodesAndNoInput() {
        VacancyIndex index = LIAONING.index(workedExample());
        assertCode("match.k", () -> index.topFor(welder().build(), ON, 0));
        assertCode("match.k", () -> index.batch(List.of(welder().build()), ON, 0));
        assertCode("match.k", () -> LIAONING.profiles(List.of()).topFor(post("X").build(), ON, 0));
        assertCode("match.duplicate-vacancy", () -> LIAONING.index(List.of(post("SECRET-ID").build(),
                post("SECRET-ID").build())));
        assertCode("match.duplicate-person", () -> LIAONING.profiles(List.of(welder().build(), welder().build())));
        assertCode("match.duplicate-person", () -> index.batch(List.of(welder().build(), welder().build()), ON, 3));
        assertCode("match.commute", () -> JobMatching.of(MatchWeights.DEFAULT, -1));
        assertCode("match.weight", () -> MatchWeights.of(-5, 20, 25, 15, 3));
        assertCode("match.weight", () -> MatchWeights.of(40, 20, 25, MatchWeights.MAX_WEIGHT + 1, 3));
        assertCode("match.skills-counted", () -> MatchWeights.of(40, 20, 25, 15, 0));
        assertCode("match.points", () -> new MatchScore(-7, 0, 0, 0));
        MatchCheck ok = LIAONING.check(welder().build(), workedExample().get(0), ON);
        assertCode("match.distance", () -> new VacancyMatch(ok.person(), "V-1", ok.score(), -12345, ok.explanation()));
        assertCode("match.distance", () -> new PersonMatch(ok.person(), "V-1", ok.score(), -12345, ok.explanation()));
        assertCode("match.distance", () -> new MatchCheck(ok.person(), "V-1", List.of(), ok.score(), -12345,
                ok.explanation()));
        assertCode("match.failed-order", () -> new MatchCheck(ok.person(), "V-1",
                List.of(MatchFilter.TOO_FAR, MatchFilter.CLOSED), ok.score(), 1, ok.explanation()));
        assertCode("match.failed-order", () -> new MatchCheck(ok.person(), "V-1",
                List.of(MatchFilter.CLOSED, MatchFilter.CLOSED), ok.score(), 1, ok.explanation()));
        assertThrows(IllegalStateException.class,
                () -> LIAONING.check(welder().build(), workedExample().get(3), ON).toVacancyMatch());
        assertThrows(IllegalStateException.class,
                () -> LIAONING.check(welder().build(), workedExample().get(3), ON).toPersonMatch());
    }

    static void assertCode(String code, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertTrue(e.violations().stream().anyMatch(v -> v.code().equals(code)), () -> code + " in " + e.violations());
        for (String secret : List.of("SECRET-ID", "12345", "P-1", "-5", "10001")) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
    }

    @Test
    void theFiltersHaveTheContractsReasonCodes() {
        Function<MatchFilter, String> code = MatchFilter::code;
        assertEquals(List.of("match.closed", "match.skills-missing", "match.certificate-missing", "match.accommodation",
                "match.hours", "match.night-shift", "match.public-welfare-post-not-eligible", "match.too-far"),
                List.of(MatchFilter.values()).stream().map(code).toList());
    }
}
