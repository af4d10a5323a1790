package org.jobassist.api.service;

import static org.jobassist.api.service.ValuesTest.codes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** The builders of the services model: every error code, with paths; toString without personal data. */
class ModelTest {

    private static final PersonId SECRET = PersonId.of("person-secret-42");
    private static final LocalDate DAY = LocalDate.of(2021, 1, 12);
    private static final StreetCode STREET = StreetCode.of("210102003");
    private static final Location HOME = Location.ofMicroDegrees(41_790_123, 123_401_456);
    private static final Skill WELDING = Skill.of("welding");
    private static final Skill CARE = Skill.of("home-care");
    private static final UnifiedSocialCreditCode EMPLOYER = UnifiedSocialCreditCode.parse("91350100M000100Y43");

    private static NeedsProfile.Builder profile() {
        return NeedsProfile.builder().person(SECRET).recordedOn(DAY).street(STREET).home(HOME)
                .status(EmploymentStatus.UNEMPLOYED).willingness(Willingness.JOB);
    }

    private static Vacancy.Builder vacancy() {
        return Vacancy.builder().id("v-1").employer(EMPLOYER).post("焊工").district(DivisionCode.of("210102"))
                .location(HOME).monthlyWage(Money.ofYuan(4000)).open(DateRange.of(DAY, DAY.plusDays(30)));
    }

    private static List<String> paths(Runnable r) {
        InvalidInputException x = assertThrows(InvalidInputException.class, r::run);
        assertFalse(x.getMessage().contains(SECRET.value()), "the message shows the person");
        return x.violations().stream().map(v -> v.path() + ":" + v.code()).toList();
    }

    @Test
    void profileBuilds() {
        NeedsProfile p = profile().skills(List.of(WELDING, CARE)).certificates(List.of(WELDING))
                .trainingWishes(List.of(Skill.of("e-commerce"))).constraints(WorkConstraints.of(8, 10_000, false, true))
                .preferredDistricts(List.of(DivisionCode.of("210103"))).expectedMonthlyWage(Money.ofYuan(3500))
                .publicWelfarePostEligible(true).build();
        assertAll(
                () -> assertEquals(List.of(CARE, WELDING), List.copyOf(p.skills())),
                () -> assertEquals(Set.of(WELDING), p.certificates()),
                () -> assertEquals(Optional.of(Money.ofYuan(3500)), p.expectedMonthlyWage()),
                () -> assertEquals(STREET.county(), p.street().county()),
                () -> assertTrue(p.publicWelfarePostEligible()),
                () -> assertEquals(p, p.toBuilder().build()),
                () -> assertEquals(p.hashCode(), p.toBuilder().build().hashCode()),
                () -> assertNotEquals(p, p.toBuilder().recordedOn(DAY.plusDays(1)).build()),
                () -> assertThrows(UnsupportedOperationException.class, () -> p.skills().add(WELDING)),
                () -> assertFalse(p.toString().contains(SECRET.value())),
                () -> assertFalse(p.toString().contains(STREET.code())),
                () -> assertFalse(p.toString().contains("41790123")));
    }

    @Test
    void profileErrorCodes() {
        assertEquals(List.of("person:profile.required", "recordedOn:profile.required", "street:profile.required",
                "home:profile.required", "status:profile.required", "willingness:profile.willingness"),
                paths(() -> NeedsProfile.builder().build()));
        assertEquals(List.of("willingness:profile.willingness"),
                paths(() -> profile().willingness(Willingness.NONE, Willingness.JOB).build()));
        assertEquals(List.of("certificates:profile.certificate-not-skill"),
                paths(() -> profile().skills(List.of(CARE)).certificates(List.of(WELDING)).build()));
        assertEquals(List.of("preferredDistricts:profile.district-level"),
                paths(() -> profile().preferredDistricts(List.of(DivisionCode.of("210100"))).build()));
        assertEquals(List.of("expectedMonthlyWage:profile.wage"),
                paths(() -> profile().expectedMonthlyWage(Money.ZERO).build()));
        profile().willingness(Willingness.NONE).build();
        assertThrows(NullPointerException.class, () -> profile().skills(java.util.Arrays.asList(WELDING, null)));
    }

    @Test
    void vacancyBuildsAndErrorCodes() {
        Vacancy v = vacancy().requiredSkills(List.of(WELDING)).requiredCertificates(List.of(WELDING)).dailyHours(10)
                .nightShifts(true).suitsDisabled(true).positions(3).build();
        assertAll(
                () -> assertTrue(v.isOpenOn(DAY)),
                () -> assertFalse(v.isOpenOn(DAY.minusDays(1))),
                () -> assertEquals(v, v.toBuilder().build()),
                () -> assertEquals(8, vacancy().build().dailyHours()),
                () -> assertEquals(1, vacancy().build().positions()));
        assertEquals(List.of("id:vacancy.required", "employer:vacancy.required", "post:vacancy.required",
                "district:vacancy.required", "location:vacancy.required", "open:vacancy.required",
                "monthlyWage:vacancy.required"), paths(() -> Vacancy.builder().build()));
        assertEquals(List.of("id:vacancy.id"), paths(() -> vacancy().id("v 1").build()));
        assertEquals(List.of("post:vacancy.post"), paths(() -> vacancy().post(" ").build()));
        assertEquals(List.of("post:vacancy.post"), paths(() -> vacancy().post("x".repeat(101)).build()));
        assertEquals(List.of("district:vacancy.district-level"),
                paths(() -> vacancy().district(DivisionCode.of("210100")).build()));
        assertEquals(List.of("requiredCertificates:vacancy.certificate-not-skill"),
                paths(() -> vacancy().requiredCertificates(List.of(WELDING)).build()));
        assertEquals(List.of("monthlyWage:vacancy.wage"), paths(() -> vacancy().monthlyWage(Money.ofFen(-1)).build()));
        assertEquals(List.of("dailyHours:vacancy.hours", "positions:vacancy.positions"),
                paths(() -> vacancy().dailyHours(25).positions(0).build()));
        assertEquals(List.of("dailyHours:vacancy.hours"), paths(() -> vacancy().dailyHours(0).build()));
    }

    @Test
    void eventBuildsAndErrorCodes() {
        RecruitmentEvent.Builder ok = RecruitmentEvent.builder().id("e-1").kind(RecruitmentEventKind.ASSISTANCE_MONTH)
                .name("2021年就业援助月专场招聘会").city(DivisionCode.of("210100"))
                .dates(DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2))).vacancyIds(List.of("v-2", "v-1"));
        RecruitmentEvent e = ok.build();
        assertEquals(List.of("v-2", "v-1"), e.vacancyIds());
        assertEquals(e, ok.build());
        assertEquals(List.of("id:event.required", "kind:event.required", "name:event.required", "city:event.required",
                "dates:event.required"), paths(() -> RecruitmentEvent.builder().build()));
        assertEquals(List.of("id:event.id"), paths(() -> ok.id("").build()));
        assertEquals(List.of("name:event.name"), paths(() -> ok.id("e-1").name("").build()));
        assertEquals(List.of("city:event.city-level"),
                paths(() -> ok.name("x").city(DivisionCode.of("210102")).build()));
        assertEquals(List.of("vacancyIds[1]:event.vacancy-id", "vacancyIds[2]:event.duplicate-vacancy"),
                paths(() -> ok.city(DivisionCode.of("210100")).vacancyIds(List.of("v-1", "v 2", "v-1")).build()));
    }

    @Test
    void serviceRecordBuildsAndErrorCodes() {
        ServiceRecord.Builder ok = ServiceRecord.builder().id("s-1").person(SECRET).kind(ServiceActionKind.POLICY_PROMOTION)
                .date(DAY).providedBy("shenyang.heping-03").outcome(ServiceOutcome.DELIVERED).noteCode("leaflet");
        ServiceRecord r = ok.build();
        assertEquals(Optional.of("leaflet"), r.noteCode());
        assertEquals(r, ok.build());
        assertFalse(r.toString().contains(SECRET.value()));
        assertEquals(List.of("id:service-record.required", "person:service-record.required",
                "kind:service-record.required", "date:service-record.required", "providedBy:service-record.required",
                "outcome:service-record.required"), paths(() -> ServiceRecord.builder().build()));
        assertEquals(List.of("id:service-record.id"), paths(() -> ok.id("x".repeat(65)).build()));
        // A staff member's name is not an office code.
        assertEquals(List.of("providedBy:service-record.provided-by"), paths(() -> ok.id("s-1").providedBy("王芳").build()));
        assertEquals(List.of("noteCode:service-record.note-code"),
                paths(() -> ok.providedBy("o-1").noteCode("Not Kebab").build()));
    }

    @Test
    void referralLifecycle() {
        Referral r = Referral.builder().id("r-1").person(SECRET).vacancyId("v-1").date(DAY).providedBy("office-01").build();
        assertAll(
                () -> assertEquals(ReferralOutcome.PENDING, r.outcome()),
                () -> assertTrue(r.suitable()),
                () -> assertFalse(r.accepted()),
                () -> assertEquals(0, r.version()),
                () -> assertTrue(r.withOutcome(ReferralOutcome.ACCEPTED_HIRED, DAY).accepted()),
                () -> assertTrue(r.withOutcome(ReferralOutcome.ACCEPTED_NOT_HIRED, DAY).accepted()),
                () -> assertFalse(r.withOutcome(ReferralOutcome.NO_ANSWER, DAY).accepted()),
                () -> assertEquals(Optional.empty(), r.withOutcome(ReferralOutcome.PENDING, DAY).outcomeDate()),
                () -> assertEquals(Optional.of("too-far"), r.refused(DAY.plusDays(2), "too-far").refusalReason()),
                () -> assertEquals(Optional.empty(),
                        r.refused(DAY, "too-far").withOutcome(ReferralOutcome.NO_ANSWER, DAY).refusalReason()),
                () -> assertTrue(r.sameContentAs(r.withVersion(3))),
                () -> assertNotEquals(r, r.withVersion(3)),
                () -> assertEquals(3, r.withVersion(3).version()),
                () -> assertFalse(r.toString().contains(SECRET.value())));
    }

    @Test
    void referralErrorCodes() {
        Referral r = Referral.builder().id("r-1").person(SECRET).vacancyId("v-1").date(DAY).providedBy("office-01").build();
        assertEquals(List.of("id:referral.required", "person:referral.required", "vacancyId:referral.required",
                "date:referral.required", "providedBy:referral.required"), paths(() -> Referral.builder().build()));
        assertEquals(List.of("id:referral.id"), paths(() -> r.toBuilder().id(" ").build()));
        assertEquals(List.of("vacancyId:referral.vacancy-id"), paths(() -> r.toBuilder().vacancyId("").build()));
        assertEquals(List.of("providedBy:referral.provided-by"), paths(() -> r.toBuilder().providedBy("a b").build()));
        assertEquals(List.of("outcomeDate:referral.outcome-date"),
                paths(() -> r.toBuilder().outcome(ReferralOutcome.ACCEPTED_HIRED).build()));
        assertEquals(List.of("outcomeDate:referral.outcome-date"), paths(() -> r.toBuilder().outcomeDate(DAY).build()));
        assertEquals(List.of("outcomeDate:referral.outcome-before-referral"),
                paths(() -> r.withOutcome(ReferralOutcome.NO_ANSWER, DAY.minusDays(1))));
        assertEquals(List.of("refusalReason:referral.refusal-reason"),
                paths(() -> r.toBuilder().outcome(ReferralOutcome.REFUSED).outcomeDate(DAY).build()));
        assertEquals(List.of("refusalReason:referral.refusal-reason"), paths(() -> r.refused(DAY, "Too Far")));
        assertEquals(List.of("refusalReason:referral.refusal-reason"),
                paths(() -> r.toBuilder().refusalReason("too-far").build()));
        assertEquals(List.of("version:referral.version"), paths(() -> r.withVersion(-1)));
    }

    @Test
    void anOutcomeUpdateMayChangeOnlyTheOutcomeItsDayAndTheReason() {
        Referral stored = Referral.builder().id("r-1").person(SECRET).vacancyId("v-1").date(DAY)
                .providedBy("office-01").build();
        assertEquals(List.of(), stored.fixedFieldsChangedBy(stored.refused(DAY.plusDays(1), "too-far")));
        Referral everythingElse = stored.toBuilder().person(PersonId.of("p-2")).vacancyId("v-2")
                .date(DAY.plusDays(1)).providedBy("office-02").suitable(false).build();
        List<String> faults = new java.util.ArrayList<>();
        for (Violation v : stored.fixedFieldsChangedBy(everythingElse)) {
            faults.add(v.path() + ":" + v.code());
            assertFalse(v.message().contains(SECRET.value()), v.message());
        }
        assertEquals(List.of("person:store.fixed-field", "vacancyId:store.fixed-field", "date:store.fixed-field",
                "providedBy:store.fixed-field", "suitable:store.fixed-field"), faults);
    }

    @Test
    void standardPlanAndStatus() {
        // DOMAIN §6: at least 1 career guidance, 3 job recommendations and 1 training offer a year.
        ServiceStandard standard = ServiceStandard.of(Map.of(ServiceActionKind.CAREER_GUIDANCE, 1,
                ServiceActionKind.JOB_REFERRAL, 3, ServiceActionKind.TRAINING, 1, ServiceActionKind.HOME_VISIT, 0));
        assertEquals(3, standard.minimum(ServiceActionKind.JOB_REFERRAL));
        assertEquals(0, standard.minimum(ServiceActionKind.HOME_VISIT));
        assertEquals(List.of(ServiceActionKind.CAREER_GUIDANCE, ServiceActionKind.JOB_REFERRAL, ServiceActionKind.TRAINING),
                List.copyOf(standard.minimums().keySet()));
        assertEquals(List.of("HOME_VISIT:standard.minimum"),
                paths(() -> ServiceStandard.of(Map.of(ServiceActionKind.HOME_VISIT, -1))));
        ServicePlan plan = new ServicePlan(SECRET, 2021, standard);
        assertFalse(plan.toString().contains(SECRET.value()));
        assertEquals(List.of("year:plan.year"), paths(() -> new ServicePlan(SECRET, 1899, standard)));
        PlanStatus s = PlanStatus.of(plan, LocalDate.of(2021, 6, 30), Map.of(ServiceActionKind.CAREER_GUIDANCE, 2,
                ServiceActionKind.JOB_REFERRAL, 1, ServiceActionKind.OTHER, 4));
        assertAll(
                () -> assertEquals(List.of(new PlanStatus.Line(ServiceActionKind.CAREER_GUIDANCE, 1, 2, 0),
                        new PlanStatus.Line(ServiceActionKind.JOB_REFERRAL, 3, 1, 2),
                        new PlanStatus.Line(ServiceActionKind.TRAINING, 1, 0, 1)), s.lines()),
                () -> assertFalse(s.complete()),
                () -> assertEquals(3, s.missingTotal()),
                () -> assertEquals(Optional.empty(), s.line(ServiceActionKind.OTHER)),
                () -> assertTrue(s.line(ServiceActionKind.CAREER_GUIDANCE).orElseThrow().met()),
                () -> assertFalse(s.toString().contains(SECRET.value())));
        assertTrue(PlanStatus.of(plan, LocalDate.of(2021, 12, 31), Map.of(ServiceActionKind.CAREER_GUIDANCE, 1,
                ServiceActionKind.JOB_REFERRAL, 3, ServiceActionKind.TRAINING, 1)).complete());
        assertEquals(List.of("asOf:plan-status.as-of", "TRAINING:plan-status.count"),
                paths(() -> PlanStatus.of(plan, LocalDate.of(2022, 1, 1), Map.of(ServiceActionKind.TRAINING, -1))));
        assertThrows(IllegalArgumentException.class, () -> new PlanStatus.Line(ServiceActionKind.TRAINING, 1, 0, 0));
        Explanation x = s.explanation();
        assertAll(
                () -> assertEquals("service.plan.status", x.rule()),
                () -> assertEquals(Explanation.Outcome.NOT_SATISFIED, x.outcome()),
                () -> assertEquals(3, x.children().size()),
                () -> assertEquals(Map.of("kind", "JOB_REFERRAL", "required", "3", "delivered", "1", "missing", "2"),
                        x.children().get(1).inputs()),
                () -> assertEquals(2, x.failedConditions().size()),
                () -> assertFalse(x.render().contains(SECRET.value())));
    }

    @Test
    void standardWithLegalBases() {
        LegalBasis law = new LegalBasis("《中华人民共和国就业促进法》", "中华人民共和国就业促进法",
                "Employment Promotion Law of the People's Republic of China", null, null);
        ServiceStandard s = ServiceStandard.of(Map.of(ServiceActionKind.TRAINING, 1, ServiceActionKind.OTHER, 0),
                Map.of(ServiceActionKind.TRAINING, law, ServiceActionKind.OTHER, law));
        assertEquals(Optional.of(law), s.legalBasis(ServiceActionKind.TRAINING));
        assertEquals(Optional.empty(), s.legalBasis(ServiceActionKind.OTHER));
        assertNotEquals(s, ServiceStandard.of(Map.of(ServiceActionKind.TRAINING, 1)));
        PlanStatus status = PlanStatus.of(new ServicePlan(SECRET, 2021, s), DAY, Map.of(ServiceActionKind.TRAINING, 1));
        assertEquals(List.of(law), status.explanation().children().get(0).legalBases());
        assertEquals(Explanation.Outcome.SATISFIED, status.explanation().outcome());
    }

    @Test
    void planReport() {
        PlanReport r = new PlanReport(DivisionCode.of("210100"), DAY, List.of(
                new PlanReport.Line(DivisionCode.of("210102"), 4, 1), new PlanReport.Line(DivisionCode.of("210103"), 2, 2)),
                Map.of(ServiceActionKind.TRAINING, 3, ServiceActionKind.OTHER, 0));
        assertAll(
                () -> assertEquals(6, r.people()),
                () -> assertEquals(3, r.complete()),
                () -> assertEquals(Optional.of(Ratio.of(1, 2)), r.completeShare()),
                () -> assertEquals(Ratio.of(1, 4), r.lines().get(0).completeShare()),
                () -> assertEquals(Map.of(ServiceActionKind.TRAINING, 3), r.missing()),
                () -> assertEquals(Optional.empty(),
                        new PlanReport(DivisionCode.of("210100"), DAY, List.of(), Map.of()).completeShare()));
        assertThrows(IllegalArgumentException.class, () -> new PlanReport(DivisionCode.of("210100"), DAY, List.of(
                new PlanReport.Line(DivisionCode.of("210103"), 1, 1), new PlanReport.Line(DivisionCode.of("210102"), 1, 1)),
                Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new PlanReport.Line(DivisionCode.of("210103"), 1, 2));
    }

    @Test
    void violationsCarryNoPersonalData() {
        InvalidInputException x = assertThrows(InvalidInputException.class,
                () -> profile().expectedMonthlyWage(Money.ofFen(-123456)).preferredDistricts(List.of(DivisionCode.of("210100")))
                        .build());
        for (Violation v : x.violations()) {
            assertFalse(v.message().contains("1234.56"));
            assertFalse(v.message().contains(SECRET.value()));
        }
        assertEquals(2, codes(() -> profile().expectedMonthlyWage(Money.ofFen(-1))
                .preferredDistricts(List.of(DivisionCode.of("210100"))).build()).size());
    }
}
