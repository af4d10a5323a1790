package org.jobassist.impl.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.PlanReport;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.ServiceStandard;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.ServicePlans;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.service.NeedsProfiles;
import org.junit.jupiter.api.Test;

/**
 * Service plans against the Liaoning pack's standard: the DOMAIN §6 worked example (at least 1
 * career guidance, 3 job recommendations and 1 training offer a year), what counts, the report
 * of an area, a city's own standard, and the error codes.
 */
class ServicePlansTest {

    private static final PolicyPack PACK = PolicyPacks.liaoning();
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final DivisionCode HEPING = DivisionCode.of("210102");
    private static final DivisionCode SHENHE = DivisionCode.of("210103");
    private static final PersonId P = PersonId.of("p-1");

    private final NeedsProfileStore profiles = InMemoryStores.needsProfiles();
    private final ServiceRecordStore records = InMemoryStores.serviceRecords();
    private final ReferralStore referrals = InMemoryStores.referrals();

    private static ServiceRecord record(String id, PersonId person, ServiceActionKind kind, LocalDate day,
            ServiceOutcome outcome) {
        return ServiceRecord.builder().id(id).person(person).kind(kind).date(day).providedBy("office-01")
                .outcome(outcome).build();
    }

    private void referral(String id, PersonId person, LocalDate day, ReferralOutcome outcome) {
        Referral r = Referral.builder().id(id).person(person).vacancyId("v-" + id).date(day).providedBy("office-01")
                .build();
        referrals.saveAll(List.of(outcome == ReferralOutcome.PENDING ? r
                : outcome == ReferralOutcome.REFUSED ? r.refused(day, "too-far") : r.withOutcome(outcome, day)));
    }

    private static NeedsProfile profile(PersonId person, DivisionCode county) {
        return NeedsProfile.builder().person(person).recordedOn(LocalDate.of(2021, 1, 4)).street(StreetCode.of(county, 1))
                .home(Location.ofMicroDegrees(41_800_000, 123_400_000)).status(EmploymentStatus.UNEMPLOYED)
                .willingness(Willingness.JOB).build();
    }

    @Test
    void liaoningDefaultStandard() {
        ServiceStandard s = ServicePlans.standard(PACK, HEPING, 2021);
        assertEquals(Map.of(ServiceActionKind.CAREER_GUIDANCE, 1, ServiceActionKind.JOB_REFERRAL, 3,
                ServiceActionKind.TRAINING, 1), s.minimums());
        assertEquals(s, ServicePlans.plan(PACK, P, HEPING, 2022).standard());
        assertThrows(PolicyValueUnavailableException.class, () -> ServicePlans.standard(PACK, HEPING, 2020));
        assertEquals("plan.year", assertThrows(InvalidInputException.class,
                () -> ServicePlans.standard(PACK, HEPING, 10_000)).code());
    }

    @Test
    void domainSection6WorkedExample() {
        // DOMAIN §6: each assisted person receives at least 1 career guidance, 3 job
        // recommendations and 1 training offer a year.
        ServicePlan plan = ServicePlans.plan(PACK, P, HEPING, 2021);
        records.appendAll(List.of(
                record("s1", P, ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2021, 1, 8), ServiceOutcome.DELIVERED),
                // Refused, yet offered: it counts for the plan (and for the refused-services exit).
                record("s2", P, ServiceActionKind.TRAINING, LocalDate.of(2021, 3, 2), ServiceOutcome.REFUSED),
                // Not reached: it does not count.
                record("s3", P, ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2021, 3, 3), ServiceOutcome.NO_ANSWER),
                // A JOB_REFERRAL record is history; recommendations come from the referral store.
                record("s4", P, ServiceActionKind.JOB_REFERRAL, LocalDate.of(2021, 3, 4), ServiceOutcome.DELIVERED),
                // Last year's service does not count this year.
                record("s0", P, ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2020, 12, 31), ServiceOutcome.DELIVERED)));
        referral("r1", P, LocalDate.of(2021, 1, 12), ReferralOutcome.ACCEPTED_NOT_HIRED);
        referral("r2", P, LocalDate.of(2021, 2, 15), ReferralOutcome.REFUSED);
        referral("r3", P, LocalDate.of(2021, 4, 1), ReferralOutcome.NO_ANSWER);
        PlanStatus march = ServicePlans.status(plan, LocalDate.of(2021, 3, 31), records, referrals);
        assertAll(
                () -> assertEquals(List.of(new PlanStatus.Line(ServiceActionKind.CAREER_GUIDANCE, 1, 1, 0),
                        new PlanStatus.Line(ServiceActionKind.JOB_REFERRAL, 3, 2, 1),
                        new PlanStatus.Line(ServiceActionKind.TRAINING, 1, 1, 0)), march.lines()),
                () -> assertFalse(march.complete()),
                () -> assertEquals(1, march.missingTotal()));
        referral("r4", P, LocalDate.of(2021, 5, 10), ReferralOutcome.PENDING);
        assertFalse(ServicePlans.status(plan, LocalDate.of(2021, 5, 9), records, referrals).complete());
        PlanStatus may = ServicePlans.status(plan, LocalDate.of(2021, 5, 10), records, referrals);
        assertTrue(may.complete());
        assertEquals(3, may.line(ServiceActionKind.JOB_REFERRAL).orElseThrow().delivered());
        assertEquals("plan-status.as-of", assertThrows(InvalidInputException.class,
                () -> ServicePlans.status(plan, LocalDate.of(2022, 1, 1), records, referrals)).code());
    }

    @Test
    void reportOfACity() {
        PersonId a = PersonId.of("a");
        PersonId b = PersonId.of("b");
        PersonId c = PersonId.of("c");
        profiles.saveAll(List.of(profile(a, HEPING), profile(b, HEPING), profile(c, SHENHE),
                profile(PersonId.of("dalian"), DivisionCode.of("210202"))));
        LocalDate day = LocalDate.of(2021, 6, 30);
        for (PersonId p : List.of(a, c)) {
            records.appendAll(List.of(
                    record(p.value() + "-g", p, ServiceActionKind.CAREER_GUIDANCE, day, ServiceOutcome.DELIVERED),
                    record(p.value() + "-t", p, ServiceActionKind.TRAINING, day, ServiceOutcome.DELIVERED)));
            for (int i = 0; i < 3; i++) {
                referral(p.value() + "-r" + i, p, day, ReferralOutcome.ACCEPTED_HIRED);
            }
        }
        records.appendAll(List.of(record("b-g", b, ServiceActionKind.CAREER_GUIDANCE, day, ServiceOutcome.DELIVERED)));
        PlanReport report = ServicePlans.report(PACK, SHENYANG, day, profiles, records, referrals);
        assertAll(
                () -> assertEquals(List.of(new PlanReport.Line(HEPING, 2, 1), new PlanReport.Line(SHENHE, 1, 1)),
                        report.lines()),
                () -> assertEquals(3, report.people()),
                () -> assertEquals(2, report.complete()),
                () -> assertEquals(Optional.of(Ratio.of(2, 3)), report.completeShare()),
                () -> assertEquals(Map.of(ServiceActionKind.JOB_REFERRAL, 3, ServiceActionKind.TRAINING, 1),
                        report.missing()));
        List<PlanStatus> statuses = ServicePlans.statuses(PACK, SHENYANG, day, profiles, records, referrals);
        assertEquals(List.of(a, b, c), statuses.stream().map(s -> s.plan().person()).toList());
        assertEquals(List.of(true, false, true), statuses.stream().map(PlanStatus::complete).toList());
        PlanReport early = ServicePlans.report(PACK, SHENYANG, LocalDate.of(2021, 1, 3), profiles, records, referrals);
        assertEquals(0, early.people());
    }

    @Test
    void reportAddsUpOverGeneratedPeople() {
        profiles.saveAll(NeedsProfiles.population(SHENYANG, 200, LocalDate.of(2021, 1, 4), Properties.seed()));
        LocalDate day = LocalDate.of(2021, 9, 30);
        PlanReport city = ServicePlans.report(PACK, SHENYANG, day, profiles, records, referrals);
        int people = 0;
        for (PlanReport.Line line : city.lines()) {
            PlanReport county = ServicePlans.report(PACK, line.district(), day, profiles, records, referrals);
            assertEquals(List.of(line), county.lines());
            people += line.people();
        }
        assertEquals(200, people);
        assertEquals(0, city.complete());
        assertEquals(Map.of(ServiceActionKind.CAREER_GUIDANCE, 200, ServiceActionKind.JOB_REFERRAL, 600,
                ServiceActionKind.TRAINING, 200), city.missing());
    }

    @Test
    void aCityMayRaiseItsStandard() {
        PolicyPack raised = PACK.withOverrides(List.of(PolicyValue.of(PolicyKeys.SERVICE_STANDARD_JOB_REFERRAL, SHENYANG,
                LocalDate.of(2021, 1, 1), null, 5,
                PACK.resolve(PolicyKeys.SERVICE_STANDARD_JOB_REFERRAL, SHENYANG, LocalDate.of(2021, 1, 1)).legalBasis())));
        assertEquals(5, ServicePlans.standard(raised, HEPING, 2021).minimum(ServiceActionKind.JOB_REFERRAL));
        assertEquals(3, ServicePlans.standard(raised, DivisionCode.of("210202"), 2021)
                .minimum(ServiceActionKind.JOB_REFERRAL));
    }

    @Test
    void nulls() {
        ServicePlan plan = ServicePlans.plan(PACK, P, HEPING, 2021);
        LocalDate day = LocalDate.of(2021, 6, 1);
        List<Runnable> calls = new ArrayList<>(List.of(
                () -> ServicePlans.standard(null, HEPING, 2021),
                () -> ServicePlans.standard(PACK, null, 2021),
                () -> ServicePlans.status(null, day, records, referrals),
                () -> ServicePlans.status(plan, null, records, referrals),
                () -> ServicePlans.status(plan, day, null, referrals),
                () -> ServicePlans.status(plan, day, records, null),
                () -> ServicePlans.report(null, SHENYANG, day, profiles, records, referrals),
                () -> ServicePlans.report(PACK, SHENYANG, day, profiles, null, referrals),
                () -> ServicePlans.statuses(PACK, SHENYANG, day, null, records, referrals)));
        for (Runnable call : calls) {
            assertThrows(NullPointerException.class, call::run);
        }
    }
}
