package org.jobassist.impl.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.time.DateRange;

/**
 * The worked example of docs/services.md: a welder in Heping district, Shenyang, and the
 * vacancies around her. One micro-degree of latitude is 0.111 195 m on the sphere of
 * {@link Location}: 45,000 micro-degrees north is 5,004 m.
 */
final class MatchFixtures {

    static final LocalDate ON = LocalDate.of(2021, 1, 10);
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode SHENHE = DivisionCode.of("210103");
    static final StreetCode STREET = StreetCode.of("210102001");
    static final UnifiedSocialCreditCode EMPLOYER = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final Skill WELDING = Skill.of("welding");
    static final Skill FORKLIFT = Skill.of("forklift-driving");
    static final Skill ELECTRICIAN = Skill.of("electrician");
    static final int HOME_LAT = 41_790_000;
    static final int HOME_LON = 123_400_000;
    static final DateRange OPEN = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));

    private MatchFixtures() {}

    /** Skills welding (certified) and forklift driving; prefers Heping; expects 4,000 yuan; a job; 8 hours, 15 km, day shifts. */
    static NeedsProfile.Builder welder() {
        return NeedsProfile.builder().person(PersonId.of("P-1")).recordedOn(LocalDate.of(2021, 1, 4)).street(STREET)
                .home(Location.ofMicroDegrees(HOME_LAT, HOME_LON)).status(EmploymentStatus.UNEMPLOYED)
                .willingness(Willingness.JOB).skills(List.of(WELDING, FORKLIFT)).certificates(List.of(WELDING))
                .constraints(WorkConstraints.of(8, 15_000, false, true)).preferredDistricts(List.of(HEPING))
                .expectedMonthlyWage(Money.ofYuan(4000)).publicWelfarePostEligible(false);
    }

    /** A day-shift post of 8 hours in Heping at the welder's home, open January to March, 4,000 yuan, no requirement. */
    static Vacancy.Builder post(String id) {
        return Vacancy.builder().id(id).employer(EMPLOYER).post("post " + id).district(HEPING)
                .location(Location.ofMicroDegrees(HOME_LAT, HOME_LON)).requiredSkills(Set.of())
                .requiredCertificates(Set.of()).monthlyWage(Money.ofYuan(4000)).dailyHours(8).nightShifts(false)
                .suitsDisabled(false).publicWelfarePost(false).open(OPEN).positions(1);
    }

    static Location north(int microDegrees) {
        return Location.ofMicroDegrees(HOME_LAT + microDegrees, HOME_LON);
    }

    /** The worked example's vacancies, V-1 to V-9. */
    static List<Vacancy> workedExample() {
        return List.of(
                // Welding with a certificate in Shenhe, 5 km north, 3,600 yuan.
                post("V-1").district(SHENHE).location(north(45_000)).requiredSkills(Set.of(WELDING))
                        .requiredCertificates(Set.of(WELDING)).monthlyWage(Money.ofYuan(3600)).build(),
                // Welding and forklift in Heping, 4,200 yuan.
                post("V-2").requiredSkills(Set.of(WELDING, FORKLIFT)).monthlyWage(Money.ofYuan(4200)).build(),
                // General labour in Heping, 3,000 yuan.
                post("V-3").monthlyWage(Money.ofYuan(3000)).build(),
                post("V-4").nightShifts(true).build(),
                post("V-5").location(north(360_000)).build(),
                post("V-6").publicWelfarePost(true).build(),
                post("V-7").open(DateRange.of(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 12, 31))).build(),
                post("V-8").requiredSkills(Set.of(ELECTRICIAN)).requiredCertificates(Set.of(ELECTRICIAN)).build(),
                post("V-9").dailyHours(10).build());
    }
}
