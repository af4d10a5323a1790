package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.read;
import static org.jobassist.impl.jackson.JsonSupport.reject;
import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.PlanReport;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.RecruitmentEventKind;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.ServiceStandard;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** The JSON shapes of the assistance-services model. */
class ServiceJsonTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 12);
    private static final Location HOME = Location.ofMicroDegrees(41_790_000, 123_400_000);

    @Test
    void codesBothWays() {
        assertEquals("\"home-care\"", write(Skill.of("home-care")));
        assertEquals(Skill.of("welding"), read("\"welding\"", Skill.class));
        assertEquals("\"210102001\"", write(StreetCode.of("210102001")));
        assertEquals(StreetCode.of("210102001"), read("\"210102001\"", StreetCode.class));
        assertEquals("skill.code", reject("\"Welding\"", Skill.class).code());
        assertEquals("street.number", reject("\"210102000\"", StreetCode.class).code());
    }

    @Test
    void profile() {
        NeedsProfile p = NeedsProfile.builder().person(PersonId.of("p-1")).recordedOn(DAY)
                .street(StreetCode.of("210102001")).home(HOME).status(EmploymentStatus.UNEMPLOYED)
                .willingness(Willingness.FLEXIBLE_WORK, Willingness.JOB).skills(List.of(Skill.of("welding")))
                .certificates(List.of(Skill.of("welding"))).trainingWishes(List.of(Skill.of("e-commerce")))
                .constraints(new WorkConstraints(OptionalInt.empty(), OptionalInt.of(8000), false, true))
                .preferredDistricts(List.of(DivisionCode.of("210103"))).expectedMonthlyWage(Money.ofYuan(3500))
                .build();
        assertEquals("{\"person\":\"p-1\",\"recordedOn\":\"2021-01-12\",\"street\":\"210102001\","
                + "\"home\":{\"latitudeMicroDegrees\":41790000,\"longitudeMicroDegrees\":123400000},"
                + "\"status\":\"UNEMPLOYED\",\"willingness\":[\"JOB\",\"FLEXIBLE_WORK\"],\"skills\":[\"welding\"],"
                + "\"certificates\":[\"welding\"],\"trainingWishes\":[\"e-commerce\"],"
                + "\"constraints\":{\"maxCommuteMetres\":8000,\"needsAccommodation\":false,\"dayShiftOnly\":true},"
                + "\"preferredDistricts\":[\"210103\"],\"expectedMonthlyWage\":\"3500.00\","
                + "\"publicWelfarePostEligible\":false}", write(p));
    }

    @Test
    void vacancyAndEvent() {
        Vacancy v = Vacancy.builder().id("v-1").employer(UnifiedSocialCreditCode.parse("91350100M000100Y43"))
                .post("焊工").district(DivisionCode.of("210102")).location(HOME)
                .requiredSkills(List.of(Skill.of("welding"))).monthlyWage(Money.ofYuan(4200)).dailyHours(8)
                .open(DateRange.of(DAY, LocalDate.of(2021, 2, 2))).positions(2).build();
        assertEquals("{\"id\":\"v-1\",\"employer\":\"91350100M000100Y43\",\"post\":\"焊工\",\"district\":\"210102\","
                + "\"location\":{\"latitudeMicroDegrees\":41790000,\"longitudeMicroDegrees\":123400000},"
                + "\"requiredSkills\":[\"welding\"],\"requiredCertificates\":[],\"monthlyWage\":\"4200.00\","
                + "\"dailyHours\":8,\"nightShifts\":false,\"suitsDisabled\":false,\"publicWelfarePost\":false,"
                + "\"open\":\"2021-01-12/2021-02-02\",\"positions\":2}", write(v));
        RecruitmentEvent e = RecruitmentEvent.builder().id("e-1").kind(RecruitmentEventKind.ASSISTANCE_MONTH)
                .name("就业援助月").city(DivisionCode.of("210100")).dates(DateRange.ofDay(DAY))
                .vacancyIds(List.of("v-1")).build();
        assertEquals("{\"id\":\"e-1\",\"kind\":\"ASSISTANCE_MONTH\",\"name\":\"就业援助月\",\"city\":\"210100\","
                + "\"dates\":\"2021-01-12/2021-01-12\",\"vacancyIds\":[\"v-1\"]}", write(e));
    }

    @Test
    void recordsAndReferrals() {
        ServiceRecord r = ServiceRecord.builder().id("s-1").person(PersonId.of("p-1")).kind(ServiceActionKind.TRAINING)
                .date(DAY).providedBy("office-01").outcome(ServiceOutcome.REFUSED).build();
        assertEquals("{\"id\":\"s-1\",\"person\":\"p-1\",\"kind\":\"TRAINING\",\"date\":\"2021-01-12\","
                + "\"providedBy\":\"office-01\",\"outcome\":\"REFUSED\"}", write(r));
        Referral f = Referral.builder().id("r-1").person(PersonId.of("p-1")).vacancyId("v-1").date(DAY)
                .providedBy("office-01").build().refused(DAY.plusDays(1), "too-far").withVersion(2);
        assertEquals("{\"id\":\"r-1\",\"person\":\"p-1\",\"vacancyId\":\"v-1\",\"date\":\"2021-01-12\","
                + "\"providedBy\":\"office-01\",\"suitable\":true,\"outcome\":\"REFUSED\",\"outcomeDate\":\"2021-01-13\","
                + "\"refusalReason\":\"too-far\",\"version\":2}", write(f));
    }

    @Test
    void planStatusAndReport() {
        ServiceStandard s = ServiceStandard.of(Map.of(ServiceActionKind.CAREER_GUIDANCE, 1,
                ServiceActionKind.JOB_REFERRAL, 3, ServiceActionKind.TRAINING, 1));
        ServicePlan plan = new ServicePlan(PersonId.of("p-1"), 2021, s);
        assertEquals("{\"person\":\"p-1\",\"year\":2021,\"standard\":{\"minimums\":"
                + "{\"CAREER_GUIDANCE\":1,\"JOB_REFERRAL\":3,\"TRAINING\":1}}}", write(plan));
        PlanStatus status = PlanStatus.of(plan, DAY, Map.of(ServiceActionKind.JOB_REFERRAL, 1));
        assertEquals("{\"person\":\"p-1\",\"year\":2021,\"asOf\":\"2021-01-12\",\"complete\":false,\"lines\":["
                + "{\"kind\":\"CAREER_GUIDANCE\",\"required\":1,\"delivered\":0,\"missing\":1},"
                + "{\"kind\":\"JOB_REFERRAL\",\"required\":3,\"delivered\":1,\"missing\":2},"
                + "{\"kind\":\"TRAINING\",\"required\":1,\"delivered\":0,\"missing\":1}]}", write(status));
        PlanReport report = new PlanReport(DivisionCode.of("210100"), DAY,
                List.of(new PlanReport.Line(DivisionCode.of("210102"), 3, 2)), Map.of(ServiceActionKind.TRAINING, 1));
        String json = write(report);
        assertEquals("{\"area\":\"210100\",\"asOf\":\"2021-01-12\",\"people\":3,\"complete\":2,\"completeShare\":\"2/3\","
                + "\"lines\":[{\"district\":\"210102\",\"people\":3,\"complete\":2,\"completeShare\":\"2/3\"}],"
                + "\"missing\":{\"TRAINING\":1}}", json);
        assertFalse(write(new PlanReport(DivisionCode.of("210100"), DAY, List.of(), Map.of())).contains("completeShare"));
    }
}
