package org.jobassist.impl.subsidy;

import static org.jobassist.impl.subsidy.SubsidyFixtures.HEPING;
import static org.jobassist.impl.subsidy.SubsidyFixtures.UNIT;
import static org.jobassist.impl.subsidy.SubsidyFixtures.person;
import static org.jobassist.impl.subsidy.SubsidyFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;

/** Every input and pack fault code of the two calculators, with its path, and messages free of the input. */
class SubsidyInputValidationTest {

    static final ResidentIdNumber WOMAN = person(LocalDate.of(1980, 2, 2), Gender.FEMALE);
    static final YearMonth NOV = YearMonth.of(2021, 11);

    static List<Violation> violations(Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        for (Violation v : e.violations()) {
            assertFalse(v.message().contains(WOMAN.value()), v.toString());
            assertFalse(v.message().contains(UNIT.value()), v.toString());
            assertFalse(v.message().contains("1234.56"), v.toString());
        }
        assertFalse(e.getMessage().contains(WOMAN.value()));
        return e.violations();
    }

    static boolean has(List<Violation> vs, String path, String code) {
        return vs.stream().anyMatch(v -> v.path().equals(path) && v.code().equals(code));
    }

    @Test
    void socialInsuranceReportsEveryFaultAtOnce() {
        List<Violation> vs = violations(() -> SocialInsuranceSubsidyInput.forEmployer()
                .person(WOMAN)
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(DivisionCode.LIAONING)
                .monthsAlreadyEnjoyed(-1)
                .period(YearMonth.of(2021, 5), YearMonth.of(2021, 4))
                .contribution(NOV, InsuranceType.PENSION, yuan("-1234.56"), yuan("0.00"))
                .contribution(NOV, InsuranceType.PENSION, yuan("1.00"), yuan("-1234.56"))
                .contribution(NOV, InsuranceType.MEDICAL, yuan("1234.56"))
                .build());
        assertTrue(has(vs, "retirementClass", "social-insurance.retirement-class-gender"));
        assertTrue(has(vs, "jurisdiction", "social-insurance.jurisdiction-level"));
        assertTrue(has(vs, "firstApproval", "social-insurance.required"));
        assertTrue(has(vs, "employer", "social-insurance.required"));
        assertTrue(has(vs, "hireSpell", "social-insurance.required"));
        assertTrue(has(vs, "period", "social-insurance.period-order"));
        assertTrue(has(vs, "monthsAlreadyEnjoyed", "social-insurance.negative-months"));
        assertTrue(has(vs, "employerContributions[0].employerPaid", "social-insurance.negative-amount"));
        assertTrue(has(vs, "employerContributions[1].individualPaid", "social-insurance.negative-amount"));
        assertTrue(has(vs, "employerContributions[1]", "social-insurance.duplicate-contribution"));
        assertTrue(has(vs, "flexibleContributions[0]", "social-insurance.wrong-shape"));
        assertEquals(11, vs.size(), vs.toString());
    }

    @Test
    void socialInsuranceFlexibleShapeRefusesEmployerFieldsAndNeedsItsOwn() {
        List<Violation> vs = violations(() -> SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .employer(UNIT)
                .hireSpell(DateRange.startingOn(LocalDate.of(2021, 1, 1)))
                .contribution(NOV, InsuranceType.PENSION, yuan("1.00"), yuan("1.00"))
                .contribution(NOV, InsuranceType.PENSION, yuan("-1234.56"))
                .build());
        assertTrue(has(vs, "employer", "social-insurance.wrong-shape"));
        assertTrue(has(vs, "hireSpell", "social-insurance.wrong-shape"));
        assertTrue(has(vs, "employerContributions[0]", "social-insurance.wrong-shape"));
        assertTrue(has(vs, "flexibleContributions[0].paid", "social-insurance.negative-amount"));
        for (String path : List.of("person", "retirementClass", "jurisdiction", "firstApproval", "period")) {
            assertTrue(has(vs, path, "social-insurance.required"), path);
        }
    }

    @Test
    void anIdNumberGivenAsTextThatFailsItsRulesIsReportedAtPerson() {
        String text = WOMAN.value();
        String broken = text.substring(0, 17) + (text.charAt(17) == '1' ? '2' : '1');
        List<Violation> vs = violations(() -> SocialInsuranceSubsidyInput.forFlexibleEmployment().person(broken).build());
        assertTrue(vs.stream().anyMatch(v -> v.path().startsWith("person") && !v.code().startsWith("social-insurance")));
        assertFalse(vs.stream().anyMatch(v -> v.message().contains(broken)));
        List<Violation> pwp = violations(() -> PublicWelfarePostInput.builder().person(broken).build());
        assertTrue(pwp.stream().anyMatch(v -> v.path().startsWith("person") && !v.code().startsWith("public-welfare-post")));
    }

    @Test
    void publicWelfarePostReportsEveryFaultAtOnce() {
        List<Violation> vs = violations(() -> PublicWelfarePostInput.builder()
                .person(WOMAN)
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(DivisionCode.LIAONING)
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1)))
                .previousPlacement(DateRange.startingOn(LocalDate.of(2015, 1, 1)))
                .previousPlacement(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 9, 1)))
                .monthsAlreadyEnjoyed(-3)
                .contribution(NOV, InsuranceType.PENSION, yuan("-1234.56"), yuan("1.00"))
                .contribution(NOV, InsuranceType.PENSION, yuan("1.00"), yuan("1.00"))
                .period(NOV, YearMonth.of(2021, 10))
                .build());
        assertTrue(has(vs, "employer", "public-welfare-post.required"));
        assertTrue(has(vs, "retirementClass", "public-welfare-post.retirement-class-gender"));
        assertTrue(has(vs, "jurisdiction", "public-welfare-post.jurisdiction-level"));
        assertTrue(has(vs, "period", "public-welfare-post.period-order"));
        assertTrue(has(vs, "monthsAlreadyEnjoyed", "public-welfare-post.negative-months"));
        assertTrue(has(vs, "contributions[0].employerPaid", "public-welfare-post.negative-amount"));
        assertTrue(has(vs, "contributions[1]", "public-welfare-post.duplicate-contribution"));
        assertTrue(has(vs, "previousPlacements[0]", "public-welfare-post.previous-placement-open"));
        assertTrue(has(vs, "previousPlacements[1]", "public-welfare-post.placement-overlap"));
        List<Violation> missing = violations(() -> PublicWelfarePostInput.builder().build());
        for (String path : List.of("employer", "person", "retirementClass", "jurisdiction", "placement", "period")) {
            assertTrue(has(missing, path, "public-welfare-post.required"), path);
        }
    }

    @Test
    void twoEarlierPlacementsSharingADayOverlap() {
        List<Violation> vs = violations(() -> PublicWelfarePostInput.builder()
                .employer(UNIT).person(WOMAN).retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(HEPING)
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1)))
                .previousPlacement(DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 1, 1)))
                .previousPlacement(DateRange.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)))
                .month(NOV).build());
        assertEquals(List.of("public-welfare-post.placement-overlap"), vs.stream().map(Violation::code).toList());
    }

    static <T> PolicyPack with(PolicyKey<T> key, T value) {
        return PolicyPacks.liaoning().withOverrides(List.of(PolicyValue.of(key, DivisionCode.LIAONING,
                LocalDate.of(2021, 1, 1), null, value, LegalBasis.of("测试", "测试", "test"))));
    }

    static SocialInsuranceSubsidyInput.Builder flexible() {
        return SocialInsuranceSubsidyInput.forFlexibleEmployment().person(WOMAN)
                .retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(HEPING).recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1)).contribution(NOV, InsuranceType.PENSION, yuan("100.00"))
                .month(NOV);
    }

    static PublicWelfarePostInput.Builder post() {
        return PublicWelfarePostInput.builder().employer(UNIT).person(WOMAN)
                .retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(HEPING).recognised(true)
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1))).month(NOV);
    }

    @Test
    void aPackThatNamesAnUnknownShapeInsuranceOrGroupIsReportedAtTheKey() {
        List<Violation> shape = violations(() -> Subsidies.socialInsurance(
                with(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE, "half-of-it")).calculate(flexible().build()));
        assertEquals(List.of(new Violation("social-insurance.flexible.shape", "social-insurance.pack-shape",
                shape.get(0).message())), shape);
        SocialInsuranceSubsidyInput employer = SocialInsuranceSubsidyInput.forEmployer().employer(UNIT).person(WOMAN)
                .retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(HEPING).recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1)).hireSpell(DateRange.startingOn(LocalDate.of(2021, 3, 1)))
                .contribution(NOV, InsuranceType.PENSION, yuan("100.00"), yuan("40.00")).month(NOV).build();
        PolicyPack dental = with(PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES, Set.of("pension", "dental"));
        assertEquals("social-insurance.pack-insurance",
                violations(() -> Subsidies.socialInsurance(dental).calculate(employer)).get(0).code());
        assertEquals("public-welfare-post.pack-insurance",
                violations(() -> Subsidies.publicWelfarePost(dental).calculate(post().build())).get(0).code());
        PolicyPack veterans = with(PolicyKeys.PUBLIC_WELFARE_POST_REPLACEMENT_GROUPS, Set.of("VETERAN"));
        List<Violation> group = violations(() -> Subsidies.publicWelfarePost(veterans).calculate(post()
                .previousPlacement(DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1))).build()));
        assertEquals("public-welfare-post.pack-group", group.get(0).code());
        assertEquals("public-welfare-post.replacement-groups", group.get(0).path());
    }

    @Test
    void toStringMasksTheIdNumber() {
        String si = flexible().build().toString();
        String pwp = post().build().toString();
        assertFalse(si.contains(WOMAN.value()));
        assertFalse(pwp.contains(WOMAN.value()));
        assertTrue(si.contains(WOMAN.masked()));
        assertTrue(pwp.contains(WOMAN.masked()));
    }
}
